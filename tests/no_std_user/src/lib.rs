//! A user crate as strict as they come: `#![no_std]` with `alloc`, and every lint the
//! generated code could trip denied. It builds in CI (`cargo build -p
//! error-catalog-no-std-user` builds it without the runtime's `std` feature) and clippy
//! checks it with the workspace.
#![no_std]
#![deny(missing_docs, unsafe_code, unused, clippy::pedantic)]

extern crate alloc;

use error_catalog::error_catalog;

/// The errors of a small embedded service.
#[error_catalog(error = DeviceError, status = 500)]
pub mod device {
    catalog! {
        /// Sensor readings are outside the range the firmware accepts.
        group Sensor { prefix: "SNS", status: 422 }

        /// The reading was out of range.
        "SNS.0001" out_of_range(value: i32, min: i32, max: i32)
            message: "Reading {value} is outside {min}..={max}.",
            description: "The sensor reported {value}.",
            solution: "Recalibrate the sensor.";
        "SNS.0002" unplugged
            message: "Sensor {0} is unplugged.";
        404 "BUS.0001" no_device
            message: "No device at address {address}.";
        "BUS.0002" busy
            message: "The bus is busy; {{retry}} later.";
    }
}

/// Renders an error into an owned string: only `alloc` is needed.
#[must_use]
pub fn render(error: &device::DeviceError) -> alloc::string::String {
    use alloc::string::ToString;
    error.to_string()
}

#[cfg(test)]
mod tests {
    use super::device::{Bus, DeviceError, Sensor, CATALOG};
    use super::render;
    use error_catalog::CatalogError;

    #[test]
    fn renders_without_std() {
        let error: DeviceError = Sensor::out_of_range(120, -40, 85).into();
        assert_eq!(render(&error), "Reading 120 is outside -40..=85.");
        assert_eq!(error.status().map(error_catalog::Status::as_u16), Some(422));
        assert_eq!(
            render(&Bus::no_device("0x1f").into()),
            "No device at address 0x1f."
        );
        assert_eq!(
            Bus::busy().status().map(error_catalog::Status::as_u16),
            Some(500),
            "the catalog's default status"
        );
        assert_eq!(CATALOG.len(), 4);
    }
}
