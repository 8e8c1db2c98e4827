-- ZeroGEX snapshot store, version 1: chains, option quotes, underlying bars, realized volatility.
-- Placeholders: ${schema} is a validated lower-case identifier (always quoted here);
-- ${timescale} is 'true' when the TimescaleDB extension is available and wanted.
-- Time-series tables are TimescaleDB hypertables (1-day chunks for quotes, 30-day for bars) when
-- ${timescale} is 'true', natively range-partitioned otherwise: daily partitions for quotes,
-- monthly for bars, created on demand by zerogex_ensure_partition before each write.
-- Key text columns use the "C" collation: byte order, the fastest b-tree comparisons; stores
-- never rely on the database's text order (a chain's quotes are sorted by the reader).

CREATE TABLE "${schema}".option_chain (
  underlying text COLLATE "C" NOT NULL,
  as_of timestamptz NOT NULL,
  spot double precision NOT NULL,
  PRIMARY KEY (underlying, as_of)
);

CREATE TABLE "${schema}".realized_volatility (
  symbol text COLLATE "C" NOT NULL,
  as_of timestamptz NOT NULL,
  time_window text NOT NULL CHECK (time_window IN ('ONE_HOUR', 'ONE_DAY')),
  session_date date NOT NULL,
  session_open timestamptz NOT NULL,
  session_close timestamptz NOT NULL,
  early_close boolean NOT NULL,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  annualized_volatility double precision,
  returns_used integer NOT NULL,
  slots_covered integer NOT NULL,
  expected_returns integer NOT NULL,
  -- the reading's data issues, in order: element i of each array is issue i
  issue_kinds text[] NOT NULL,
  issue_ats timestamptz[] NOT NULL,
  issue_counts integer[] NOT NULL,
  issue_details text[] NOT NULL,
  PRIMARY KEY (symbol, as_of, time_window)
);

DO $migration$
DECLARE
  timescale boolean := '${timescale}' = 'true';
BEGIN
  EXECUTE $sql$
    CREATE TABLE "${schema}".option_quote (
      underlying text COLLATE "C" NOT NULL,
      as_of timestamptz NOT NULL,
      symbol text COLLATE "C" NOT NULL,
      root text NOT NULL,
      expiration date NOT NULL,
      strike double precision NOT NULL,
      option_right "char" NOT NULL CHECK (option_right IN ('C', 'P')),
      multiplier integer NOT NULL,
      settlement text NOT NULL CHECK (settlement IN ('AM', 'PM')),
      bid double precision,
      ask double precision,
      last double precision,
      volume bigint NOT NULL,
      open_interest bigint NOT NULL,
      implied_volatility double precision,
      delta double precision,
      gamma double precision,
      vega double precision,
      theta double precision,
      rho double precision,
      PRIMARY KEY (underlying, as_of, symbol)
    )$sql$ || CASE WHEN timescale THEN '' ELSE ' PARTITION BY RANGE (as_of)' END;
  EXECUTE $sql$
    CREATE TABLE "${schema}".underlying_bar (
      symbol text COLLATE "C" NOT NULL,
      interval_nanos bigint NOT NULL CHECK (interval_nanos > 0),
      bar_start timestamptz NOT NULL,
      open double precision NOT NULL,
      high double precision NOT NULL,
      low double precision NOT NULL,
      close double precision NOT NULL,
      volume bigint NOT NULL,
      PRIMARY KEY (symbol, interval_nanos, bar_start)
    )$sql$ || CASE WHEN timescale THEN '' ELSE ' PARTITION BY RANGE (bar_start)' END;
  IF timescale THEN
    CREATE EXTENSION IF NOT EXISTS timescaledb;
    PERFORM create_hypertable('"${schema}".option_quote', 'as_of',
        chunk_time_interval => interval '1 day', create_default_indexes => false);
    PERFORM create_hypertable('"${schema}".underlying_bar', 'bar_start',
        chunk_time_interval => interval '30 days', create_default_indexes => false);
  END IF;
END
$migration$;

CREATE INDEX option_quote_as_of_brin ON "${schema}".option_quote USING brin (as_of);
CREATE INDEX underlying_bar_start_brin ON "${schema}".underlying_bar USING brin (bar_start);

-- Creates the partition of a natively partitioned table holding instant t: the UTC day or month
-- (unit 'day' or 'month') around it, named parent_yyyymmdd. Serialized per partition by an
-- advisory lock so concurrent writers create it once; a no-op when it exists.
CREATE FUNCTION "${schema}".zerogex_ensure_partition(parent text, unit text, t timestamptz)
RETURNS void LANGUAGE plpgsql AS $function$
DECLARE
  lower_bound timestamptz := date_trunc(unit, t AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
  upper_bound timestamptz := (date_trunc(unit, t AT TIME ZONE 'UTC') + ('1 ' || unit)::interval) AT TIME ZONE 'UTC';
  part text := parent || '_' || to_char(lower_bound AT TIME ZONE 'UTC', 'YYYYMMDD');
BEGIN
  IF unit NOT IN ('day', 'month') THEN
    RAISE EXCEPTION 'unit must be day or month, got %', unit;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('zerogex partition ${schema}.' || part));
  IF to_regclass(format('%I.%I', '${schema}', part)) IS NULL THEN
    EXECUTE format('CREATE TABLE %I.%I PARTITION OF %I.%I FOR VALUES FROM (%L) TO (%L)',
        '${schema}', part, '${schema}', parent, lower_bound, upper_bound);
  END IF;
END
$function$;

-- Volume and open-interest changes of each contract since its previous snapshot (null on the first).
CREATE VIEW "${schema}".option_quote_delta AS
SELECT q.*,
       q.volume - lag(q.volume) OVER contract_history AS volume_delta,
       q.open_interest - lag(q.open_interest) OVER contract_history AS open_interest_delta
FROM "${schema}".option_quote q
WINDOW contract_history AS (PARTITION BY q.underlying, q.symbol ORDER BY q.as_of);

-- Per snapshot: total call and put volume and open interest, and their changes since the
-- underlying's previous snapshot.
CREATE VIEW "${schema}".option_flow AS
WITH totals AS (
  SELECT underlying, as_of,
         sum(volume) FILTER (WHERE option_right = 'C') AS call_volume,
         sum(volume) FILTER (WHERE option_right = 'P') AS put_volume,
         sum(open_interest) FILTER (WHERE option_right = 'C') AS call_open_interest,
         sum(open_interest) FILTER (WHERE option_right = 'P') AS put_open_interest
  FROM "${schema}".option_quote
  GROUP BY underlying, as_of
)
SELECT t.*,
       t.call_volume - lag(t.call_volume) OVER history AS call_volume_delta,
       t.put_volume - lag(t.put_volume) OVER history AS put_volume_delta,
       t.call_open_interest - lag(t.call_open_interest) OVER history AS call_open_interest_delta,
       t.put_open_interest - lag(t.put_open_interest) OVER history AS put_open_interest_delta
FROM totals t
WINDOW history AS (PARTITION BY t.underlying ORDER BY t.as_of);
