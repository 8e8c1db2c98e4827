-- ZeroGEX snapshot store, version 2: exposure summaries with levels, and exposure by strike and
-- by expiration (one row per table entry, ordinal = position in the report's list). The tables
-- are TimescaleDB hypertables (30-day chunks) when ${timescale} is 'true', monthly native
-- partitions otherwise (created by zerogex_ensure_partition before each write).

CREATE TABLE "${schema}".exposure_summary (
  underlying text COLLATE "C" NOT NULL,
  as_of timestamptz NOT NULL,
  spot double precision NOT NULL,
  unit text NOT NULL,
  config_label text NOT NULL,
  call_gamma double precision NOT NULL,
  put_gamma double precision NOT NULL,
  net_gamma double precision NOT NULL,
  absolute_gamma double precision NOT NULL,
  zero_gamma double precision,
  call_wall double precision,
  put_wall double precision,
  abs_gamma_strike double precision,
  max_pain double precision,
  profile_status text NOT NULL,
  zero_dte_share double precision NOT NULL,
  delta_dollars double precision NOT NULL,
  vanna_dollars_per_vol_point double precision NOT NULL,
  charm_dollars_per_day double precision NOT NULL,
  PRIMARY KEY (underlying, as_of)
);

DO $migration$
DECLARE
  timescale boolean := '${timescale}' = 'true';
BEGIN
  EXECUTE $sql$
    CREATE TABLE "${schema}".exposure_by_strike (
      underlying text COLLATE "C" NOT NULL,
      as_of timestamptz NOT NULL,
      ordinal integer NOT NULL,
      strike double precision NOT NULL,
      call_gamma double precision NOT NULL,
      put_gamma double precision NOT NULL,
      net_gamma double precision NOT NULL,
      absolute_gamma double precision NOT NULL,
      call_open_interest bigint NOT NULL,
      put_open_interest bigint NOT NULL,
      PRIMARY KEY (underlying, as_of, ordinal)
    )$sql$ || CASE WHEN timescale THEN '' ELSE ' PARTITION BY RANGE (as_of)' END;
  EXECUTE $sql$
    CREATE TABLE "${schema}".exposure_by_expiration (
      underlying text COLLATE "C" NOT NULL,
      as_of timestamptz NOT NULL,
      ordinal integer NOT NULL,
      expiration date NOT NULL,
      days_to_expiration bigint NOT NULL,
      bucket text NOT NULL,
      call_gamma double precision NOT NULL,
      put_gamma double precision NOT NULL,
      net_gamma double precision NOT NULL,
      absolute_gamma double precision NOT NULL,
      contracts integer NOT NULL,
      PRIMARY KEY (underlying, as_of, ordinal)
    )$sql$ || CASE WHEN timescale THEN '' ELSE ' PARTITION BY RANGE (as_of)' END;
  IF timescale THEN
    PERFORM create_hypertable('"${schema}".exposure_by_strike', 'as_of',
        chunk_time_interval => interval '30 days', create_default_indexes => false);
    PERFORM create_hypertable('"${schema}".exposure_by_expiration', 'as_of',
        chunk_time_interval => interval '30 days', create_default_indexes => false);
  END IF;
END
$migration$;

CREATE INDEX exposure_by_strike_as_of_brin ON "${schema}".exposure_by_strike USING brin (as_of);
CREATE INDEX exposure_by_expiration_as_of_brin ON "${schema}".exposure_by_expiration USING brin (as_of);
