find dealz
