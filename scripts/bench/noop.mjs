// Bare node start-up: the reference for the start-up rows of the bench (does nothing).
