describe orion
