-- What readers ask on every change of the record: the web app's fingerprint of the database
-- (`accord.web.adapters.fingerprint`) reads the latest extraction without scanning the documents.
CREATE INDEX documents_by_extracted ON documents(extracted_at);
