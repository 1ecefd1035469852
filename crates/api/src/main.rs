//! The `setka` command: serve, create the first administrator, print the OpenAPI document.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use anyhow::Context;
use api::config::Settings;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "setka", version, about = "Setka: software for school networks")]
struct Cli {
    /// A TOML configuration file (keys as in `SETKA_*` variables, lower case).
    #[arg(long, global = true, env = "SETKA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the server.
    Serve {
        /// Load the demo data into an empty database (accounts with password `demo`).
        #[arg(long)]
        demo: bool,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Manage administrator accounts.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
    /// Print the OpenAPI document.
    Openapi,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an administrator. The password is read from SETKA_ADMIN_PASSWORD or stdin.
    Create {
        #[arg(long)]
        username: String,
        #[arg(long, default_value = "Администратор")]
        display_name: String,
    },
}

fn init_tracing(format: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SETKA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}

fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("SETKA_ADMIN_PASSWORD") {
        return Ok(p);
    }
    if std::io::stdin().is_terminal() {
        eprint!("Password: ");
        std::io::stderr().flush()?;
    }
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

#[actix_web::main]
async fn main() -> std::process::ExitCode {
    match run(Cli::parse()).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    if let Command::Openapi = cli.command {
        print!("{}", api::openapi::document_json());
        return Ok(());
    }
    let mut settings = Settings::load(cli.config.as_deref()).context("reading configuration")?;
    init_tracing(&settings.log_format);
    match cli.command {
        Command::Serve { demo } => {
            settings.demo |= demo;
            let demo = settings.demo;
            let app = api::Application::build(settings.clone()).await?;
            let url = format!("http://{}", settings.listen.replace("0.0.0.0", "127.0.0.1"));
            println!("\nSetka is running at {url}  (API docs: {url}/api/v1/docs)");
            if demo {
                println!("Demo accounts (password → role):");
                for (user, role, password) in api::demo::logins() {
                    println!("  {user:<22} {password:<6} {}", role.as_str());
                }
            }
            if !app.has_accounts().await? {
                println!(
                    "No accounts yet. Create the first administrator:\n  \
                     SETKA_ADMIN_PASSWORD='…' setka admin create --username admin"
                );
            }
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            api::startup::open_store(&settings).await?;
            println!("migrations applied");
        }
        Command::Admin {
            command:
                AdminCommand::Create {
                    username,
                    display_name,
                },
        } => {
            let store = api::startup::open_store(&settings).await?;
            let ops = ops::Ops::new(store, ops::Clock::system());
            let password = read_password()?;
            let user = ops::users::create_admin(&ops, &username, &display_name, &password).await?;
            println!("administrator {} created ({})", user.username, user.id);
        }
        Command::Openapi => {}
    }
    Ok(())
}
