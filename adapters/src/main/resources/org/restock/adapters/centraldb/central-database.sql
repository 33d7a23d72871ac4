-- The part of the central database Restock reads (docs/integrations/central-database.md).
-- Runs unchanged on H2 2.x and PostgreSQL; every statement may be run again (IF NOT EXISTS).
-- Statements end with a semicolon at the end of a line; comments are whole lines.

CREATE TABLE IF NOT EXISTS supplier (
    supplier_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    email            VARCHAR(320)  NOT NULL
);

CREATE TABLE IF NOT EXISTS product (
    product_id       VARCHAR(64)   NOT NULL PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    supplier_id      VARCHAR(64)   NOT NULL REFERENCES supplier (supplier_id),
    planner_group    VARCHAR(100)  NOT NULL,
    reorder_level    BIGINT        NOT NULL,
    safety_stock     BIGINT        NOT NULL,
    lead_time_days   INTEGER       NOT NULL,
    min_order_qty    BIGINT        NOT NULL,
    unit_cost        NUMERIC(19,4) NOT NULL,
    discontinued     BOOLEAN       NOT NULL
);

CREATE TABLE IF NOT EXISTS product_forecast (
    product_id       VARCHAR(64)      NOT NULL REFERENCES product (product_id),
    day_index        INTEGER          NOT NULL,
    units_per_day    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (product_id, day_index)
);

CREATE TABLE IF NOT EXISTS stock_on_hand (
    product_id       VARCHAR(64)              NOT NULL PRIMARY KEY REFERENCES product (product_id),
    on_hand          BIGINT                   NOT NULL,
    as_of            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE IF NOT EXISTS purchase_order (
    purchase_order_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    supplier_id       VARCHAR(64)  NOT NULL REFERENCES supplier (supplier_id),
    order_version     BIGINT       NOT NULL,
    ordered_on        DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL
);

CREATE TABLE IF NOT EXISTS purchase_order_line (
    purchase_order_id VARCHAR(64)  NOT NULL REFERENCES purchase_order (purchase_order_id),
    line_id           VARCHAR(64)  NOT NULL,
    product_id        VARCHAR(64)  NOT NULL,
    ordered_qty       BIGINT       NOT NULL,
    received_qty      BIGINT       NOT NULL,
    expected_delivery DATE         NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    PRIMARY KEY (purchase_order_id, line_id)
);

CREATE INDEX IF NOT EXISTS purchase_order_status ON purchase_order (status);
