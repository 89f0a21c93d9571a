-- Issue 8: a signed Icon+ callback is accepted once; the very same signed request again (a
-- replay inside the allowed clock skew) is refused. Older entries are removed as new ones come.
create table iconplus_signature (
  signature varchar(80) primary key,
  received_at timestamp with time zone not null
);
create index iconplus_signature_received on iconplus_signature (received_at);
