//! Copies the word lists and model files of `src/data/` into `OUT_DIR` without their
//! comment lines, for [`data_file!`](src/lib.rs) to compile in. The `# source:` headers and
//! notes stay in the repository, where they are read; the lists' parsers skip `#` lines
//! anyway, so a copy without them reads the same, and the download is a few KB smaller
//! (issue 8).

use std::fs;
use std::path::Path;

fn copy(from: &Path, to: &Path) {
    let Ok(entries) = fs::read_dir(from) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            fs::create_dir_all(&target).expect("create a data folder in OUT_DIR");
            copy(&path, &target);
        } else if path.extension().is_some_and(|e| e == "txt") {
            let text = fs::read_to_string(&path).expect("data files are UTF-8");
            let kept: String =
                text.lines().filter(|l| !l.trim_start().starts_with('#')).flat_map(|l| [l, "\n"]).collect();
            fs::write(&target, kept).expect("write a data file to OUT_DIR");
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src/data");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let to = Path::new(&out).join("data");
    fs::create_dir_all(&to).expect("create OUT_DIR/data");
    copy(Path::new("src/data"), &to);
}
