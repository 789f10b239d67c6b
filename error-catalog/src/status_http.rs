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
    /// The status as `http::StatusCode` (also `From`; `TryFrom` goes back).
    ///
    /// ```
    /// use error_catalog::Status;
    ///
    /// let status = Status::new(429).unwrap();
    /// assert_eq!(status.to_http(), http::StatusCode::TOO_MANY_REQUESTS);
    /// assert_eq!(http::StatusCode::from(status), http::StatusCode::TOO_MANY_REQUESTS);
    /// assert_eq!(Status::try_from(http::StatusCode::NOT_FOUND), Status::new(404));
    /// ```
    pub fn to_http(self) -> http::StatusCode {
        self.into()
    }
}
