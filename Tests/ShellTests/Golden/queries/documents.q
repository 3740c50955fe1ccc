find documents
