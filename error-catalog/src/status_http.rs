//! `http::StatusCode` for statuses (feature `http`).

use crate::status::{InvalidStatus, Status};

impl From<Status> for http::StatusCode {
    fn from(status: Status) -> Self {
        // Every `Status` is in 100..=599, which `StatusCode` accepts; the fallback is never
        // taken but keeps this free of panics.
        http::StatusCode::from_u16(status.as_u16())
            .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl TryFrom<http::StatusCode> for Status {
    type Error = InvalidStatus;
    fn try_from(code: http::StatusCode) -> Result<Self, InvalidStatus> {
        Status::new(code.as_u16())
    }
}

impl Status {
    /// The status as `http::StatusCode`.
    pub fn to_http(self) -> http::StatusCode {
        self.into()
    }
}
