//! The IAM service's error catalog: all 75 rows of the vendor's "Error Codes" page, verbatim
//! and in the vendor's order, declared once as a table.
//!
//! Run it: `cargo run --example iam_errors` for a tour of the generated API, or publish the
//! catalog with `-- markdown`, `-- json`, `-- csv`, `-- html`, or `-- explain LOGIN.0001`.

use std::io::{self, Write};
use std::process::ExitCode;

use error_catalog::{error_catalog, CatalogError};

/// The IAM service's errors.
#[error_catalog(
    docs_url = "https://example.invalid/iam/errors/",
    lock = "examples/iam_errors.lock"
)]
pub mod iam {
    catalog! {
        400 "APP.0001" not_found
            message: "Application does not exist.",
            description: "Application does not exist.",
            solution: "Check whether the corresponding application exists.";
        400 "APP.0002" id_required
            message: "Application ID required.",
            description: "Application ID required.",
            solution: "Check whether the application ID field in the input parameter is empty.";
        400 "APP.0003" disabled
            message: "Application disabled.",
            description: "Application disabled.",
            solution: "Please contact the administrator or try another application that is not disabled.";
        400 "APP_ACCOUNT.0001" not_found
            message: "Application account does not exist.",
            description: "Application account does not exist.",
            solution: "Check whether the corresponding application account exists.";
        400 "APP_ACCOUNT.0002" already_exists
            message: "Application account already exists.",
            description: "Application account already exists.",
            solution: "Changing an application account that has not been added to the system.";
        400 "APP_ACCOUNT.0003" unsupported
            message: "Unsupported application account.",
            description: "Unsupported application account.",
            solution: "Check whether the application account type is correct.";
        400 "APP_ACCOUNT.0004" unsupported_permission
            message: "Unsupported application account permission.",
            description: "Unsupported application account permission.",
            solution: "Check whether the permission type of the application account is correct.";
        400 "APP_ACCOUNT.0006" public_account_not_found
            message: "Public account does not exist.",
            description: "Public account does not exist.",
            solution: "Check whether the public account of the corresponding application exists.";
        400 "APP_ACCOUNT.0007" extended_attribute_not_found
            message: "Extended attribute does not exist.",
            description: "Extended attribute does not exist.",
            solution: "Check whether the extended attribute of the corresponding application account exists.";
        400 "APP_ACCOUNT.0008" name_required
            message: "The name of the application account required.",
            description: "The name of the application account required.",
            solution: "Check whether the application account name in the input parameter is empty.";
        400 "APP_ACCOUNT.0035" account_name_required
            message: "Application account name required.",
            description: "Application account name required.",
            solution: "Check whether the application account name in the input parameter is empty.";
        400 "APP_ACCOUNT.0036" name_invalid
            message: "Application account name invalid.",
            description: "Application account name invalid.",
            solution: "Check whether the application account name in the input parameter meets the verification rules.";
        400 "APP_ORG.0001" not_found
            message: "Application organization does not exist.",
            description: "Application organization does not exist.",
            solution: "Check whether the corresponding application organization exists.";
        400 "APP_ORG.0002" not_enabled
            message: "Application organization is not enabled.",
            description: "Application organization is not enabled.",
            solution: "Check whether the application organization is enabled for the corresponding application.";
        400 "APP_ORG.0003" code_exists
            message: "Application organization code already exists.",
            description: "Application organization code already exists.",
            solution: "Changing the code of an application organization that has not been added.";
        400 "APP_ORG.0004" parent_not_found
            message: "Parent application organization does not exist.",
            description: "Parent application organization does not exist.",
            solution: "Check whether the corresponding application organization exists.";
        400 "APP_ORG.0005" cannot_modify
            message: "Application organization cannot be modified.",
            description: "Application organization cannot be modified.",
            solution: "Check whether the corresponding application is under the tenant.";
        400 "APP_ORG.0006" same_as_parent
            message: "Application organization and its parent must be different.",
            description: "Application organization and its parent must be different.",
            solution: "Please check whether the parent application organization is the same as the application organization.";
        400 "APP_ORG.0007" cannot_delete
            message: "Application organizations cannot be deleted.",
            description: "Application organizations cannot be deleted.",
            solution: "Check whether the corresponding application organization has sub-organizations or users.";
        400 "APP_ORG.0008" code_required
            message: "Application organization code required.",
            description: "Application organization code required.",
            solution: "Check whether the application organization code field in the input parameter is empty.";
        400 "APP_ORG.0009" name_required
            message: "Application organization name required.",
            description: "Application organization name required.",
            solution: "Check whether the application organization name field in the input parameter is empty.";
        400 "APP_ORG.0010" name_exists
            message: "Application organization name already exists.",
            description: "Application organization name already exists.",
            solution: "Replace the name of an application organization that has not been added at the same level.";
        400 "APP_ORG.0011" invalid_code
            message: "Invalid application organization code.",
            description: "Invalid application organization code.",
            solution: "Check whether the application organization code in the input parameter meets the verification rules.";
        400 "APP_ORG.0012" invalid_name
            message: "Invalid application organization name.",
            description: "Invalid application organization name.",
            solution: "Check whether the application organization name field in the input parameters complies with the verification rule.";
        400 "APP_ROLE.0001" not_found
            message: "Application role does not exist.",
            description: "Application role does not exist.",
            solution: "Check whether the corresponding application role exists.";
        400 "APP_ROLE.0002" not_enabled
            message: "Application role is not enabled.",
            description: "Application role is not enabled.",
            solution: "Check whether the application role is enabled for the corresponding application.";
        400 "APP_ROLE.0003" already_exists
            message: "Application role already exists.",
            description: "Application role already exists.",
            solution: "Changing an application role that has not been added.";
        400 "APP_ROLE.0004" bound_to_accounts
            message: "Application role is bound to accounts.",
            description: "Application role is bound to accounts.",
            solution: "Please unbind the app account first.";
        400 "APP_ROLE.0005" code_required
            message: "Application role code required.",
            description: "Application role code required.",
            solution: "Check whether the application role code in the input parameter is empty.";
        400 "APP_ROLE.0006" code_invalid
            message: "Application role code invalid.",
            description: "Application role code invalid.",
            solution: "Please check whether the application role code field in the input parameters complies with the verification rule.";
        400 "APP_ROLE.0007" name_required
            message: "Application role name required.",
            description: "Application role name required.",
            solution: "Check whether the application role name in the input parameter is empty.";
        400 "APP_ROLE.0008" name_invalid
            message: "Application role name invalid.",
            description: "Application role name invalid.",
            solution: "Check whether the application role name in the input parameter meets the verification rules.";
        400 "CAPTCHA.0002" invalid_code
            message: "Invalid CAPTCHA code.",
            description: "Invalid CAPTCHA code.",
            solution: "Please check whether the input is correct and call again.";
        400 "CAPTCHA.0003" token_expired
            message: "CAPTCHA token expired.",
            description: "CAPTCHA token expired.",
            solution: "Obtain and verify the graphic verification code again before calling.";
        400 "CAPTCHA.0004" invalid_token
            message: "Invalid CAPTCHA token.",
            description: "Invalid CAPTCHA token.",
            solution: "The input token is the same as the token returned in the verification code.";
        400 "CAPTCHA.0005" unsupported_scenario
            message: "Unsupported scenario.",
            description: "Unsupported scenario.",
            solution: "Please check whether the delivery method is correct.";
        400 "CAPTCHA.0006" send_failed
            message: "Failed to send the verification code.",
            description: "Failed to send the verification code.",
            solution: "Please check whether the input is correct and call again.";
        400 "CAPTCHA.0007" incorrect_code
            message: "Incorrect verification code.",
            description: "Incorrect verification code.",
            solution: "Check whether the verification code is correct.";
        400 "COM.0002" system_busy
            message: "System busy. Please try again later.",
            description: "System busy. Please try again later.",
            solution: "Contact the administrator.";
        /// Too many failed sign-ins: the account is locked for a while.
        400 "LOGIN.0001" locked(minutes: u32, seconds: u32)
            message: "User has been locked due to multiple login failures. It will be unlocked in {0} minutes and {1} seconds.",
            description: "User has been locked due to multiple login failures. It will be unlocked in {0} minutes and {1} seconds.",
            solution: "Unlock and try again.";
        /// Wrong account name or password; the message tells how many attempts remain.
        400 "LOGIN.0002" bad_credentials(remaining_attempts: u32)
            message: "Invalid account name or password. Remaining attempts: {0}",
            description: "Invalid account name or password. Remaining attempts: {0}",
            solution: "Check whether the entered user name or password is correct.";
        400 "LOGIN.0003" id_token_generate_error
            message: "id_token generate error.",
            description: "id_token generate error.",
            solution: "Check whether the entered user name or password is correct.";
        400 "MOBILE.0002" unauthenticated
            message: "Unauthenticated mobile number.",
            description: "Unauthenticated mobile number.",
            solution: "Check whether the entered mobile number is correct.";
        400 "ORG.0001" not_found
            message: "Organization does not exist.",
            description: "Organization does not exist.",
            solution: "Check whether the organization exists.";
        400 "ORG.0002" parent_not_found
            message: "Parent organization does not exist.",
            description: "Parent organization does not exist.",
            solution: "Check whether the parent organization exists.";
        400 "ORG.0010" code_required
            message: "Organization code required.",
            description: "Organization code required.",
            solution: "Check the organization code.";
        400 "ORG.0011" name_required
            message: "Organization name required.",
            description: "Organization name required.",
            solution: "Check whether the organization name field in the input parameter is empty.";
        400 "ORG.0012" code_exists
            message: "Organization code already exists.",
            description: "Organization code already exists.",
            solution: "Replace an organization code that has not been added yet.";
        400 "ORG.0014" invalid_code
            message: "Invalid organization code.",
            description: "Invalid organization code.",
            solution: "Please check whether the organization code field in the input parameters complies with the verification rules.";
        400 "ORG.0015" invalid_name
            message: "Invalid organization name.",
            description: "Invalid organization name.",
            solution: "Check whether the organization name field in the input parameters meets the verification rule.";
        400 "ORG.0016" cannot_delete
            message: "Organizations cannot be deleted.",
            description: "Organizations cannot be deleted.",
            solution: "Check whether there are sub-organizations or users under the organization.";
        400 "ORG.0017" same_as_parent
            message: "Organization and its parent must be different.",
            description: "Organization and its parent must be different.",
            solution: "The parent organization and the current organization cannot be the same.";
        400 "PAGE.0001" invalid_page_size
            message: "Number of records per page is invalid.",
            description: "Number of records per page is invalid.",
            solution: "Check the number of records on each page.";
        400 "PARAM.0001" incomplete_device_info
            message: "Incomplete device information.",
            description: "Incomplete device information.",
            solution: "Check whether the entered device information is complete.";
        400 "PARAM.0002" client_id_required
            message: "clientId required.",
            description: "clientId required.",
            solution: "Check whether the entered client ID is empty.";
        400 "PARAM.0004" coordinates_required
            message: "Coordinates required.",
            description: "Coordinates required.",
            solution: "Please check whether the input coordinate information is empty.";
        400 "PARAM.0005" token_required
            message: "Token required.",
            description: "Token required.",
            solution: "Check whether the entered image verification code token is empty.";
        400 "PARAM.0006" sender_required
            message: "Sender required.",
            description: "Sender required.",
            solution: "Check whether the entered sender is empty.";
        400 "PARAM.0007" scenario_required
            message: "Scenario required.",
            description: "Scenario required.",
            solution: "Please check whether the input delivery scenario is empty.";
        400 "PARAM.0008" captcha_token_required
            message: "CAPTCHA token required.",
            description: "CAPTCHA token required.",
            solution: "Check whether the entered verification code token is empty.";
        400 "PARAM.0009" verification_code_required
            message: "Verification code required.",
            description: "Verification code required.",
            solution: "Check whether the verification code is empty.";
        400 "PARAM.0010" account_required
            message: "Account required.",
            description: "Account required.",
            solution: "Check whether the entered account is empty.";
        400 "PARAM.0011" wechat_code_required
            message: "WeChat authorization code required.",
            description: "WeChat authorization code required.",
            solution: "Check whether the WeChat authorization code is empty.";
        400 "PARAM.0012" alipay_code_required
            message: "Alipay authorization code required.",
            description: "Alipay authorization code required.",
            solution: "Check whether the entered Alipay authorization code is empty.";
        400 "PARAM.0013" state_token_required
            message: "State token required.",
            description: "State token required.",
            solution: "Check whether the entered temporary token is empty.";
        400 "PARAM.0014" invalid_state_token
            message: "Invalid state token.",
            description: "Invalid state token.",
            solution: "Please check whether the temporary token you entered is correct.";
        /// The vendor's page gives this row's code as its message; it is kept verbatim.
        400 "PARAM.0017" social_id_required
            message: "PARAM.0017",
            description: "The social ID cannot be empty.",
            solution: "Check whether the entered social ID is empty.";
        400 "PARAM.0018" old_password_required
            message: "Old password required.",
            description: "Old password required.",
            solution: "Check whether the old password field in the input parameter is empty.";
        400 "PARAM.0019" new_password_required
            message: "New password required.",
            description: "New password required.",
            solution: "Check whether the new password field in the input parameter is empty.";
        400 "PARAM.0020" same_passwords
            message: "Old and new passwords must be different.",
            description: "Old and new passwords must be different.",
            solution: "Check whether the entered old password is the same as the new password.";
        400 "PARAM.0028" old_password_incorrect
            message: "Old password is incorrect.",
            description: "Old password is incorrect.",
            solution: "Please enter the password again.";
        400 "PARAM.0029" invalid_list
            message: "Invalid list.",
            description: "Invalid list.",
            solution: "Check whether the size of the input collection complies with the verification rule.";
        400 "PARAM.0030" invalid_signature
            message: "Signature invalid or expired.",
            description: "Signature invalid or expired.",
            solution: "Please regenerate the signature and try again.";
        400 "PARAM.0031" sso_ticket_required
            message: "SSO ticket required.",
            description: "SSO ticket required.",
            solution: "Check whether the entered one-time token is empty.";
        400 "PARAM.0032" invalid_sso_ticket
            message: "SSO ticket invalid or expired.",
            description: "SSO ticket invalid or expired.",
            solution: "Please obtain a new one-time token and try again.";
    }
}

/// What a handler looks like: `?` converts any group's error into `iam::Error`.
fn sign_in(password_ok: bool, attempts_left: u32) -> Result<&'static str, iam::Error> {
    if attempts_left == 0 {
        return Err(iam::Login::locked(5, 30).into());
    }
    if !password_ok {
        Err(iam::Login::bad_credentials(attempts_left - 1))?;
    }
    Ok("signed in")
}

fn tour() {
    println!("== Typed errors from the table\n");
    for result in [sign_in(true, 3), sign_in(false, 3), sign_in(false, 0)] {
        match result {
            Ok(outcome) => println!("ok: {outcome}"),
            Err(error) => {
                let status = error.status().map_or(0, |s| s.as_u16());
                println!("HTTP {status} {}", error.code());
                println!("  message:  {error}");
                println!("  solution: {}", error.solution());
                for (name, value) in error.args() {
                    println!("  argument: {name} = {value}");
                }
            }
        }
    }

    let error = iam::App::not_found();
    println!("\nA row without placeholders: {} -> {error}", error.code());

    println!("\n== Lookup by code\n");
    for code in ["PARAM.0017", "NOPE.0001"] {
        match iam::CATALOG.get(code) {
            Some(entry) => println!(
                "{code}: {} (group {}, constructor {}::{})",
                entry.message().source(),
                entry.group(),
                entry.group(),
                entry.name()
            ),
            None => println!("{code}: not in the catalog"),
        }
    }

    println!("\n== The whole catalog ({} rows)\n", iam::CATALOG.len());
    for entry in &iam::CATALOG {
        let status = entry.status().map_or(0, |s| s.as_u16());
        println!(
            "{status}  {:<18} {}",
            entry.code(),
            entry.message().source()
        );
    }
}

const USAGE: &str = "\
usage: iam_errors [COMMAND]

with no command, a tour of the generated API; otherwise:
  markdown        the Error Codes page as a Markdown table
  json            the catalog as JSON (an array of rows)
  csv             the catalog as CSV
  html            the page as one standalone HTML file
  explain CODE    everything about one code (any case)
  changes         the error code changes since examples/iam_errors.lock, for release notes
  help            this message
";

/// What the command line asks for.
enum Command {
    Tour,
    Help,
    Markdown,
    Json,
    Csv,
    Html,
    Explain(String),
    Changes,
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    Ok(match args.as_slice() {
        [] => Command::Tour,
        ["help" | "-h" | "--help"] => Command::Help,
        ["markdown"] => Command::Markdown,
        ["json"] => Command::Json,
        ["csv"] => Command::Csv,
        ["html"] => Command::Html,
        ["changes"] => Command::Changes,
        ["explain", code] => Command::Explain((*code).to_string()),
        ["explain"] => return Err("`explain` needs a code, e.g. `explain LOGIN.0001`".into()),
        [command] if is_command(command) => return Err(format!("`{command}` takes no argument")),
        [command, ..] if is_command(command) => {
            return Err(format!("too many arguments for `{command}`"))
        }
        [other, ..] => return Err(format!("unknown command `{other}`")),
    })
}

fn is_command(word: &str) -> bool {
    [
        "help", "markdown", "json", "csv", "html", "explain", "changes",
    ]
    .contains(&word)
}

/// The tool: runs the command line `args` (without the program name), writing to `out` and
/// `err`, and returns the process's exit code (0 done, 1 unknown code, 2 bad arguments).
/// The tour (no arguments) prints to the real stdout.
pub fn cli(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> io::Result<u8> {
    let command = match parse_args(args) {
        Ok(command) => command,
        Err(problem) => {
            write!(err, "error: {problem}\n\n{USAGE}")?;
            return Ok(2);
        }
    };
    let text = match command {
        Command::Tour => {
            tour();
            return Ok(0);
        }
        Command::Help => USAGE.to_string(),
        Command::Markdown => iam::CATALOG.to_markdown(),
        Command::Json => iam::CATALOG.to_json() + "\n",
        Command::Csv => iam::CATALOG.to_csv(),
        Command::Html => iam::CATALOG.to_html(),
        Command::Changes => match iam::CATALOG.changes_markdown() {
            none if none.is_empty() => {
                "No error code changes since the lock file (examples/iam_errors.lock).\n".into()
            }
            changes => changes,
        },
        Command::Explain(code) => {
            let explanation = iam::CATALOG.explain(&code);
            if !explanation.is_found() {
                write!(err, "error: {explanation}")?;
                return Ok(1);
            }
            explanation.to_string()
        }
    };
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(0)
}

fn main() -> ExitCode {
    // Lossy, so that a non-UTF-8 argument gets the usage rather than a panic.
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let (stdout, stderr) = (io::stdout(), io::stderr());
    // A closed pipe (`… | head`) ends the output quietly, with a failure code.
    let code = cli(&args, &mut stdout.lock(), &mut stderr.lock()).unwrap_or(1);
    ExitCode::from(code)
}
