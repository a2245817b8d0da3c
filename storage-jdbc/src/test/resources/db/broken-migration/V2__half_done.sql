-- Test only: creates a table, then fails; PostgreSQL must roll the whole migration back.
CREATE TABLE mc_half_done (id INT PRIMARY KEY);
INSERT INTO mc_half_done VALUES (1), (1);
