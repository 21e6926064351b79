"""needle: route a typed request to one of your declared tools with a small local function-calling model."""

__version__ = "0.1.0"
