find deals
  where target = "Société Générale" and amount >> 1
