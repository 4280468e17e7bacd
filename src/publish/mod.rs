//! Publish: the steps after write, which read the staged site back before it is swapped in.
//! Offline zips live here; PDF printing (`crate::pdf`) is the other such step.

pub mod offline;
