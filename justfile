# Setka — the same tasks as `cargo xtask …`, for people who have `just`.

# List the recipes.
default:
    @just --list

# Build the SPA and serve Setka with demo data at http://127.0.0.1:8080.
run:
    cargo xtask run

# Every check CI makes (fmt, clippy, domain purity, all tests, browser test).
test:
    cargo xtask test

# fmt + clippy -D warnings + tests.
check:
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets --exclude frontend --exclude browser-tests -- -D warnings
    cargo xtask test

# The API suite against the local PostgreSQL.
test-postgres:
    SETKA_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo test -p api-tests -p migrations

# Regenerate openapi/openapi.json from the code.
openapi:
    cargo xtask openapi

# Release bundle in target/dist.
dist:
    cargo xtask dist
