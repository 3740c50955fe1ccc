count where
