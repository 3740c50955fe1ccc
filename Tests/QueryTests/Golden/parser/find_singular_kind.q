find deal
