sum buyer of deals
