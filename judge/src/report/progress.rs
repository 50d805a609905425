//! A spinner on stderr while a submission compiles and runs ("test 3/14"),
//! shown only when stderr is a terminal, and cleared before the report.
//! Problem and test names come from packs, so they are escaped like any
//! other pack- or guest-controlled text.

use std::time::Duration;

use harness::Event;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

use super::terminal::escape;

/// Turns judging events into spinner updates.
pub struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A spinner when stderr is a terminal, otherwise nothing at all.
    pub fn new(problem: &str) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress { bar: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{spinner} {prefix} {msg} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
        bar.set_prefix(escape(problem).into_owned());
        bar.set_message("loading");
        bar.enable_steady_tick(Duration::from_millis(100));
        Progress { bar: Some(bar) }
    }

    pub fn event(&mut self, event: &Event<'_>) {
        let Some(bar) = &self.bar else { return };
        match event {
            Event::CompileStarted { language } => {
                bar.set_message(format!("compiling ({language})"))
            }
            Event::CompileFinished { .. } => bar.set_message("compiled"),
            Event::TestStarted { index, total, name } => {
                bar.set_message(format!("test {}/{total} {}", index + 1, escape(name)))
            }
            Event::TestFinished { .. } => {}
            Event::Finished { .. } => bar.finish_and_clear(),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
