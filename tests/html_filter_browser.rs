//! The HTML export's filter in a real browser: the IAM page from `iam::CATALOG.to_html()`,
//! opened in Debian's headless `chromium` through `chromedriver` (WebDriver, W3C protocol),
//! typed into with real key events, and checked against what is actually rendered.
//!
//! `.ci/run` installs `chromium` and `chromium-driver` when they are absent. Under `CI=true`
//! a missing driver or browser fails this test; elsewhere it is skipped with a notice. No test
//! downloads a browser. `CHROMEDRIVER` and `CHROMIUM` override the Debian paths.
//!
//! The WebDriver client is a few hand-written JSON calls over `std::net::TcpStream`: the test
//! needs eight endpoints on loopback, and a client crate (fantoccini, thirtyfour) would bring
//! an async HTTP stack, TLS options and a runtime into the dev-dependencies for them.

#[allow(dead_code)]
#[path = "../examples/iam_errors.rs"]
mod example;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::thread::sleep;
use std::time::{Duration, Instant};

use example::iam;
use serde_json::{json, Value};

const CHROME_FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// The W3C name of an element reference in WebDriver's JSON.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The codes the page's script should show for `query`, computed independently from the
/// catalog with the rule the page documents: a whole code shows just its row; otherwise every
/// word must appear in the row's cells, ignoring case.
fn expected(query: &str) -> Vec<String> {
    let query = query.trim().to_lowercase();
    let rows: Vec<(String, String)> = iam::CATALOG
        .iter()
        .map(|entry| {
            let status = entry.status().map_or("—".to_string(), |s| s.to_string());
            let cells = [
                status.as_str(),
                entry.code(),
                entry.message().source(),
                entry.description().source(),
                entry.solution(),
            ];
            (entry.code().to_string(), cells.join("\n").to_lowercase())
        })
        .collect();
    let exact = rows.iter().any(|(code, _)| code.to_lowercase() == query);
    rows.into_iter()
        .filter(|(code, text)| {
            if exact {
                code.to_lowercase() == query
            } else {
                query.split_whitespace().all(|word| text.contains(word))
            }
        })
        .map(|(code, _)| code)
        .collect()
}

#[test]
fn the_filter_in_a_headless_browser() {
    let Some((driver, chromium)) = tools() else {
        return;
    };
    let dir = TempDir::new();
    let page = dir.path().join("iam-errors.html");
    std::fs::write(&page, iam::CATALOG.to_html()).unwrap();
    let url = format!("file://{}", page.display());

    let browser = Browser::start(&driver, &chromium, dir.path());
    browser.open(&url);
    let total = iam::CATALOG.len();
    assert_eq!(total, 75);

    // Without a query: the box is shown (the script unhides it), every row, no notice.
    let filter = browser.find("#filter");
    assert!(browser.displayed(&filter), "the filter box is visible");
    assert_eq!(browser.visible_codes(), expected(""));
    assert_eq!(browser.visible_codes().len(), total);
    assert_eq!(browser.text("#count"), format!("{total} of {total}"));
    assert!(!browser.displayed(&browser.find("#none")));

    for query in [
        // A whole code: its row alone, not APP_ORG.0001 too; any case.
        "ORG.0001",
        "org.0001",
        "  LOGIN.0002 ",
        // Words: each must appear somewhere in the row, in any cell, any case.
        "LOGIN",
        "application role",
        "ROLE application",
        "verification rule",
        "{0}",
        "400 sso",
        // A prefix of a code is a word, not a code.
        "APP_ORG",
        "org.001",
    ] {
        browser.clear(&filter);
        browser.type_into(&filter, query);
        let shown = browser.visible_codes();
        let wanted = expected(query);
        assert!(!wanted.is_empty(), "{query:?} matches rows");
        assert_eq!(shown, wanted, "rows shown for {query:?}");
        assert_eq!(
            browser.text("#count"),
            format!("{} of {total}", wanted.len()),
            "count for {query:?}"
        );
        assert!(!browser.displayed(&browser.find("#none")));
    }
    // The exact-code rule, spelled out once.
    browser.clear(&filter);
    browser.type_into(&filter, "ORG.0001");
    assert_eq!(browser.visible_codes(), ["ORG.0001"]);

    // No match: no row, the notice, and the count says so.
    browser.clear(&filter);
    browser.type_into(&filter, "application zzzz");
    assert_eq!(browser.visible_codes(), Vec::<String>::new());
    assert_eq!(browser.text("#count"), format!("0 of {total}"));
    assert!(browser.displayed(&browser.find("#none")));
    assert_eq!(browser.text("#none"), "No code matches the filter.");

    // Emptied again: everything is back.
    browser.clear(&filter);
    browser.type_into(&filter, " ");
    assert_eq!(browser.visible_codes().len(), total);
    assert_eq!(browser.text("#count"), format!("{total} of {total}"));
    assert!(!browser.displayed(&browser.find("#none")));

    // `page.html#CODE` opens the page filtered to that code, the code in the box. (A fresh
    // load: the script reads the fragment once, when the page loads.)
    browser.open("about:blank");
    browser.open(&format!("{url}#LOGIN.0001"));
    assert_eq!(browser.visible_codes(), ["LOGIN.0001"]);
    assert_eq!(browser.text("#count"), format!("1 of {total}"));
    let filter = browser.find("#filter");
    assert_eq!(browser.property(&filter, "value"), "LOGIN.0001");

    // The language switch: the catalog ships Chinese; choosing it shows every text cell in
    // Chinese, sets the page's language, and the filter then searches the Chinese texts.
    browser.clear(&filter);
    browser.type_into(&filter, " ");
    let select = browser.find("#lang");
    assert!(browser.displayed(&select), "the language switch is visible");
    assert_eq!(browser.property(&select, "value"), "en");
    let login = iam::CATALOG.get("LOGIN.0001").unwrap();
    let shown_message = "return document.getElementById('LOGIN.0001').cells[2].innerText;";
    assert_eq!(browser.script(shown_message), login.message().source());
    browser.click(&browser.find("#lang option[value='zh-CN']"));
    assert_eq!(
        browser.script("return document.documentElement.lang;"),
        "zh-CN"
    );
    assert_eq!(
        browser.script(shown_message),
        login.message_in("zh-CN").source()
    );
    let solution = "return document.getElementById('APP.0001').cells[4].innerText;";
    assert_eq!(
        browser.script(solution),
        iam::CATALOG.get("APP.0001").unwrap().solution_in("zh-CN")
    );
    // A word of the Chinese message of LOGIN.0001 finds the rows whose Chinese texts have it.
    let word = "锁定";
    let wanted: Vec<String> = (iam::CATALOG.iter())
        .filter(|e| {
            [
                e.message_in("zh-CN").source(),
                e.description_in("zh-CN").source(),
                e.solution_in("zh-CN"),
            ]
            .iter()
            .any(|t| t.contains(word))
        })
        .map(|e| e.code().to_string())
        .collect();
    assert!(wanted.contains(&"LOGIN.0001".to_string()), "{wanted:?}");
    browser.type_into(&filter, word);
    assert_eq!(browser.visible_codes(), wanted);
    // And back to English: the English texts again, the Chinese word now matches nothing.
    browser.click(&browser.find("#lang option[value='en']"));
    assert_eq!(
        browser.script("return document.documentElement.lang;"),
        "en"
    );
    assert_eq!(browser.visible_codes(), Vec::<String>::new());
}

/// The driver and the browser, or `None` (after a notice) when they are absent outside CI.
fn tools() -> Option<(PathBuf, PathBuf)> {
    let path =
        |var: &str, default: &str| PathBuf::from(std::env::var(var).unwrap_or(default.into()));
    let driver = path("CHROMEDRIVER", "/usr/bin/chromedriver");
    let chromium = path("CHROMIUM", "/usr/bin/chromium");
    let missing: Vec<String> = [&driver, &chromium]
        .iter()
        .filter(|p| !p.is_file())
        .map(|p| p.display().to_string())
        .collect();
    if missing.is_empty() {
        return Some((driver, chromium));
    }
    let what = format!(
        "{} not found: install Debian's `chromium` and `chromium-driver` (`.ci/run` does)",
        missing.join(" and ")
    );
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "the browser test cannot run under CI: {what}"
    );
    eprintln!("SKIPPED the_filter_in_a_headless_browser: {what}");
    None
}

/// A fresh directory for the page and the browser profile, removed at the end.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> Self {
        let dir =
            std::env::temp_dir().join(format!("error-catalog-browser-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One chromedriver process and one browser session; both end when it drops, also when an
/// assertion fails.
struct Browser {
    driver: Child,
    port: u16,
    session: String,
}

impl Browser {
    fn start(driver: &Path, chromium: &Path, dir: &Path) -> Self {
        // A free loopback port: the kernel picks it, the driver takes it over.
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .unwrap()
            .port();
        let log = std::fs::File::create(dir.join("chromedriver.log")).unwrap();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", driver.display()));
        let mut browser = Browser {
            driver: child,
            port,
            session: String::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        while !browser.ready() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not answer on port {port} within 30 s; its log:\n{}",
                std::fs::read_to_string(dir.join("chromedriver.log")).unwrap_or_default()
            );
            sleep(Duration::from_millis(100));
        }
        let mut args: Vec<String> = CHROME_FLAGS.iter().map(|f| f.to_string()).collect();
        args.push(format!("--user-data-dir={}", dir.join("profile").display()));
        args.push("--window-size=1280,900".into());
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": { "binary": chromium, "args": args },
            }}
        });
        let session = browser.call("POST", "/session", Some(capabilities));
        browser.session = session["sessionId"]
            .as_str()
            .expect("a session id")
            .to_string();
        browser
    }

    fn ready(&self) -> bool {
        self.request("GET", "/status", None)
            .is_ok_and(|(_, value)| value["ready"] == Value::Bool(true))
    }

    /// One WebDriver command: the response's `value`, or a panic naming the command and the
    /// driver's error.
    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let shown = body.as_ref().map(Value::to_string).unwrap_or_default();
        match self.request(method, path, body) {
            Ok((200, value)) => value,
            Ok((status, value)) => panic!("{method} {path} {shown}: HTTP {status}: {value}"),
            Err(problem) => panic!("{method} {path} {shown}: {problem}"),
        }
    }

    /// The HTTP exchange under [`call`](Self::call), never panicking (it also runs in `drop`).
    fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> Result<(u16, Value), String> {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| e.to_string())?;
        stream
            .set_read_timeout(Some(Duration::from_secs(60)))
            .map_err(|e| e.to_string())?;
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\
             Content-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\
             Connection: close\r\n\r\n{body}",
            self.port,
            body.len()
        );
        stream
            .write_all(request.as_bytes())
            .map_err(|e| e.to_string())?;
        let (head, content) = read_response(&mut stream)?;
        let status = head.split(' ').nth(1).and_then(|s| s.parse().ok());
        let status = status.ok_or_else(|| format!("no status in {head:?}"))?;
        let json: Value =
            serde_json::from_str(&content).map_err(|e| format!("not JSON ({e}): {content}"))?;
        Ok((status, json["value"].clone()))
    }

    fn session_call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, &format!("/session/{}{path}", self.session), body)
    }

    fn open(&self, url: &str) {
        self.session_call("POST", "/url", Some(json!({ "url": url })));
    }

    fn find(&self, css: &str) -> String {
        let found = self.session_call(
            "POST",
            "/element",
            Some(json!({ "using": "css selector", "value": css })),
        );
        found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no element for {css}: {found}"))
            .to_string()
    }

    fn displayed(&self, element: &str) -> bool {
        let value = self.session_call("GET", &format!("/element/{element}/displayed"), None);
        value.as_bool().expect("a boolean")
    }

    /// The rendered text of the element `css` (WebDriver gives "" for a hidden one).
    fn text(&self, css: &str) -> String {
        let element = self.find(css);
        let value = self.session_call("GET", &format!("/element/{element}/text"), None);
        value.as_str().expect("text").to_string()
    }

    fn property(&self, element: &str, name: &str) -> String {
        let value = self.session_call("GET", &format!("/element/{element}/property/{name}"), None);
        value.as_str().expect("a string property").to_string()
    }

    fn clear(&self, element: &str) {
        self.session_call(
            "POST",
            &format!("/element/{element}/clear"),
            Some(json!({})),
        );
    }

    /// A click, as a person's: on an `<option>`, it selects it and the page hears `change`.
    fn click(&self, element: &str) {
        self.session_call(
            "POST",
            &format!("/element/{element}/click"),
            Some(json!({})),
        );
    }

    /// Runs `script` in the page and returns its string result.
    fn script(&self, script: &str) -> String {
        let value = self.session_call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        );
        value
            .as_str()
            .unwrap_or_else(|| panic!("a string from {script}: {value}"))
            .to_string()
    }

    /// Real key events: the page hears `input` as it would from a person typing.
    fn type_into(&self, element: &str, text: &str) {
        self.session_call(
            "POST",
            &format!("/element/{element}/value"),
            Some(json!({ "text": text })),
        );
    }

    /// The codes of the table rows the browser actually lays out (a row hidden by the filter
    /// has no box), in page order.
    fn visible_codes(&self) -> Vec<String> {
        let script = "return Array.prototype.filter.call(document.querySelectorAll('tbody tr'), \
                      function (row) { return row.getClientRects().length > 0; })\
                      .map(function (row) { return row.cells[1].textContent; });";
        let value = self.session_call(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        );
        value
            .as_array()
            .expect("an array")
            .iter()
            .map(|code| code.as_str().expect("a code").to_string())
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            // Closes the browser; a failure here must not hide the test's own panic.
            let path = format!("/session/{}", self.session);
            let _ = self.request("DELETE", &path, None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Reads one HTTP/1.1 response: chromedriver keeps the connection open whatever the request
/// says, so the body ends where `Content-Length` (or the last chunk) says, not at EOF.
fn read_response(stream: &mut TcpStream) -> Result<(String, String), String> {
    let mut bytes = Vec::new();
    let mut buf = [0; 8192];
    let mut read = |bytes: &mut Vec<u8>| -> Result<(), String> {
        let n = stream.read(&mut buf).map_err(|e| e.to_string())?;
        if n == 0 {
            return Err(format!(
                "connection closed after {:?}",
                String::from_utf8_lossy(bytes)
            ));
        }
        bytes.extend_from_slice(&buf[..n]);
        Ok(())
    };
    let head_end = loop {
        if let Some(i) = bytes.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        read(&mut bytes)?;
    };
    let head = String::from_utf8_lossy(&bytes[..head_end]).into_owned();
    let header = |name: &str| {
        head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().to_ascii_lowercase())
        })
    };
    let body_start = head_end + 4;
    if header("transfer-encoding").is_some_and(|v| v.contains("chunked")) {
        while !bytes[body_start..].ends_with(b"0\r\n\r\n") {
            read(&mut bytes)?;
        }
        let body = String::from_utf8(bytes[body_start..].to_vec()).map_err(|e| e.to_string())?;
        return Ok((head, dechunk(&body)));
    }
    let length: usize = header("content-length")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| format!("no Content-Length in {head:?}"))?;
    while bytes.len() < body_start + length {
        read(&mut bytes)?;
    }
    let body = String::from_utf8(bytes[body_start..body_start + length].to_vec())
        .map_err(|e| e.to_string())?;
    Ok((head, body))
}

/// HTTP/1.1 chunked transfer coding, for a driver that answers that way.
fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size =
            usize::from_str_radix(size.split(';').next().unwrap_or("").trim(), 16).unwrap_or(0);
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}
