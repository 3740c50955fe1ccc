find quotes where speaker = Musk show text, date
