find events where when is not missing show actor, when
