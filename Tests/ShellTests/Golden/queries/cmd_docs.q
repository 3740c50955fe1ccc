.docs
