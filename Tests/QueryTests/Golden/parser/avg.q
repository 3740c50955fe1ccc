avg stake of deals where kind = stake
