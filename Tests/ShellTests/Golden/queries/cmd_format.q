.format
.format json
.format
.format xml
