min amount of deals
