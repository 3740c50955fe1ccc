avg stake of deals
