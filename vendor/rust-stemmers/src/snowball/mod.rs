pub mod algorithms;
mod among;
mod snowball_env;

pub use snowball::among::Among;
pub use snowball::snowball_env::SnowballEnv;
