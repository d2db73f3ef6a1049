//! Tests of the report's text formats, through the document and its writers.

mod html;
mod markdown;
