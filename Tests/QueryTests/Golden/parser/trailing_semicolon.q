find deals;
