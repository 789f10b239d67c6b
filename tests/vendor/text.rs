//! Non-ASCII text (CJK, full-width punctuation) comes back verbatim.

use error_catalog::{error_catalog, CatalogError};

#[error_catalog]
mod cn {
    catalog! {
        400 "USER.0001" locked
            message: "账户已锁定，请于{0}分钟后重试！",
            description: "账户「{0}」已锁定。",
            solution: "请联系管理员：「安全中心」→「账户」。";
        404 "用户.0002" not_found message: "用户“{name}”不存在（ID：{id}）。";
    }
}

#[test]
fn cjk_text_is_verbatim() {
    let error = cn::User::locked(5);
    assert_eq!(error.to_string(), "账户已锁定，请于5分钟后重试！");
    assert_eq!(error.description().to_string(), "账户「5」已锁定。");
    assert_eq!(error.solution(), "请联系管理员：「安全中心」→「账户」。");
    assert_eq!(
        error.entry().message().source(),
        "账户已锁定，请于{0}分钟后重试！"
    );
    let error = cn::用户::not_found("张三", 42);
    assert_eq!(error.to_string(), "用户“张三”不存在（ID：42）。");
    assert_eq!(error.code(), "用户.0002");
    assert_eq!(cn::CATALOG.get("用户.0002").unwrap().group(), "用户");
}
