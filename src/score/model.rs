//! The learned scorer: gradient-boosted regression trees over [`super::features`], with
//! each feature's contribution along the path (Saabas attribution) for `why`.
//!
//! The weights are `src/data/model/scorer.txt`, written by `scripts/train/scorer.py`
//! (`build.rs` compiles in a binary form of it, read by [`Model::read`]):
//! ```text
//! features position position_share …      the feature order the trees index
//! bias -1.234                             the margin before any split
//! t 0<2.5:-0.31 12<0.18:-0.52 -0.61 …      one tree a line, nodes in preorder
//! ```
//! An inner node is `feature<threshold:value` (go left when the feature is `<=` the
//! threshold; `value` is the margin the tree would give if it stopped there), a leaf is its
//! value. Only comparisons and additions: the same bits in every runtime.

use std::sync::OnceLock;

use super::features::{Row, COUNT, NAMES};

/// One node of a tree, in preorder (the left child follows its parent).
#[derive(Clone, Copy, Debug)]
enum Node {
    Split { feature: u8, threshold: f32, value: f32, right: u32 },
    Leaf { value: f32 },
}

/// A parsed model.
#[derive(Debug, Default)]
pub struct Model {
    bias: f32,
    trees: Vec<Vec<Node>>,
}

static SHIPPED: OnceLock<Model> = OnceLock::new();

/// The model compiled into Brevity. A model file that does not parse (a build error that
/// the tests catch) gives the empty model: every sentence ties and position decides.
pub fn shipped() -> &'static Model {
    SHIPPED.get_or_init(|| {
        Model::read(include_bytes!(concat!(env!("OUT_DIR"), "/data/model/scorer.bin"))).unwrap_or_default()
    })
}

impl Model {
    /// Parses the text format above; `Err` names the first problem.
    pub fn parse(text: &str) -> Result<Model, String> {
        let mut model = Model::default();
        let mut names_ok = false;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
            match key {
                "features" => {
                    let names: Vec<&str> = rest.split_whitespace().collect();
                    if names != NAMES {
                        return Err(format!("line {}: features {names:?} are not {NAMES:?}", n + 1));
                    }
                    names_ok = true;
                }
                "bias" => {
                    model.bias = crate::decimal::parse_f32(rest.trim())
                        .ok_or_else(|| format!("line {}: bias `{rest}` is not a decimal", n + 1))?;
                }
                "t" => {
                    let tokens: Vec<&str> = rest.split_whitespace().collect();
                    let mut nodes = Vec::with_capacity(tokens.len());
                    let mut at = 0;
                    parse_node(&tokens, &mut at, &mut nodes).map_err(|e| format!("line {}: {e}", n + 1))?;
                    if at != tokens.len() {
                        return Err(format!("line {}: {} tokens left over", n + 1, tokens.len() - at));
                    }
                    model.trees.push(nodes);
                }
                other => return Err(format!("line {}: unknown key `{other}`", n + 1)),
            }
        }
        if !names_ok {
            return Err("no `features` line".into());
        }
        Ok(model)
    }

    /// Reads the binary form that `build.rs` makes of the text (layout there): the same
    /// trees, bit for bit, in less of the download (issue 8). `None` if it is not one.
    pub fn read(b: &[u8]) -> Option<Model> {
        let end = b.iter().position(|&c| c == b'\n')?;
        if !b[..end].split(|&c| c == b' ').eq(NAMES.iter().map(|n| n.as_bytes())) {
            return None;
        }
        let trees = usize::from(u16::from_le_bytes(b.get(end + 1..end + 3)?.try_into().ok()?));
        let rest = b.get(end + 3..)?;
        // Where the node bytes end, and how many numbers follow: the bias, then two per
        // split and one per leaf.
        let (mut at, mut count) = (0, 1);
        for _ in 0..trees {
            let mut open = 1;
            while open > 0 {
                let split = *rest.get(at)? != 0;
                at += 1;
                open += if split { 1 } else { -1 };
                count += if split { 2 } else { 1 };
            }
        }
        let (nodes, rest) = rest.split_at(at);
        let (digits, powers) = (rest.get(..2 * count)?, rest.get(2 * count..3 * count)?);
        let mut k = 0;
        let mut next = || {
            let m = i16::from_le_bytes([*digits.get(2 * k)?, *digits.get(2 * k + 1)?]);
            let e = i32::from(*powers.get(k)? as i8);
            k += 1;
            crate::decimal::f32_from_parts(m < 0, u64::from(m.unsigned_abs()), e)
        };
        let mut model = Model { bias: next()?, trees: Vec::with_capacity(trees) };
        let mut at = 0;
        for _ in 0..trees {
            let mut tree = Vec::new();
            read_node(nodes, &mut at, &mut next, &mut tree)?;
            model.trees.push(tree);
        }
        Some(model)
    }

    /// The number of trees.
    pub fn trees(&self) -> usize {
        self.trees.len()
    }

    /// The margin of `x` and the part of it each feature contributed; the margin is
    /// `bias + sum(contributions)` (up to rounding).
    pub fn predict(&self, x: &Row) -> (f32, Row) {
        // The features and their parts in arrays of 256, which a `u8` index cannot pass: no
        // bounds check at each node (a split's feature is below `COUNT`, checked when read).
        let mut features = [0.0f32; 256];
        features[..COUNT].copy_from_slice(x);
        let x = &features;
        let mut parts = [0.0f32; 256];
        let mut margin = self.bias;
        for tree in &self.trees {
            // The node reached is read once: its value here, its split on the next turn.
            let mut i = 0usize;
            let mut node = tree[0];
            let mut value = match node {
                Node::Split { value, .. } | Node::Leaf { value } => value,
            };
            margin += value;
            while let Node::Split { feature, threshold, right, .. } = node {
                i = if x[feature as usize] <= threshold { i + 1 } else { right as usize };
                node = tree[i];
                let next = match node {
                    Node::Split { value, .. } | Node::Leaf { value } => value,
                };
                parts[feature as usize] += next - value;
                margin += next - value;
                value = next;
            }
        }
        let mut out = [0.0f32; COUNT];
        out.copy_from_slice(&parts[..COUNT]);
        (margin, out)
    }

    /// The margin before any feature is known: the bias plus every tree's root value.
    pub fn base(&self) -> f32 {
        let roots = self.trees.iter().map(|t| match t[0] {
            Node::Split { value, .. } | Node::Leaf { value } => value,
        });
        roots.fold(self.bias, |a, v| a + v)
    }
}

fn read_node(nodes: &[u8], at: &mut usize, next: &mut impl FnMut() -> Option<f32>, out: &mut Vec<Node>) -> Option<()> {
    let byte = *nodes.get(*at)?;
    *at += 1;
    if byte == 0 {
        out.push(Node::Leaf { value: next()? });
        return Some(());
    }
    let feature = byte - 1;
    if usize::from(feature) >= COUNT {
        return None;
    }
    let (threshold, value) = (next()?, next()?);
    let me = out.len();
    out.push(Node::Leaf { value: 0.0 });
    read_node(nodes, at, next, out)?;
    let right = out.len() as u32;
    read_node(nodes, at, next, out)?;
    out[me] = Node::Split { feature, threshold, value, right };
    Some(())
}

fn parse_node(tokens: &[&str], at: &mut usize, out: &mut Vec<Node>) -> Result<(), String> {
    let token = tokens.get(*at).ok_or("tree ends early")?;
    *at += 1;
    let number = |s: &str| crate::decimal::parse_f32(s).ok_or_else(|| format!("`{token}`: `{s}` is not a decimal"));
    match token.split_once('<') {
        None => out.push(Node::Leaf { value: number(token)? }),
        Some((feature, rest)) => {
            let (threshold, value) = rest.split_once(':').ok_or_else(|| format!("`{token}`: no `:value`"))?;
            let feature: u8 = feature.parse().map_err(|e| format!("`{token}`: {e}"))?;
            if feature as usize >= COUNT {
                return Err(format!("`{token}`: feature {feature} out of range"));
            }
            let me = out.len();
            out.push(Node::Leaf { value: 0.0 });
            parse_node(tokens, at, out)?;
            let right = out.len() as u32;
            parse_node(tokens, at, out)?;
            out[me] = Node::Split { feature, threshold: number(threshold)?, value: number(value)?, right };
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> String {
        format!("features {}\n", NAMES.join(" "))
    }

    #[test]
    fn shipped_model_parses() {
        let m = Model::parse(crate::data_file!("model/scorer.txt")).unwrap();
        assert!(m.trees() > 0);
    }

    #[test]
    fn shipped_binary_is_the_text_bit_for_bit() {
        let text = Model::parse(crate::data_file!("model/scorer.txt")).unwrap();
        let bin = include_bytes!(concat!(env!("OUT_DIR"), "/data/model/scorer.bin"));
        let read = Model::read(bin).unwrap();
        // Debug prints each f32 in its shortest exact form: the same text, the same bits.
        assert_eq!(format!("{read:?}"), format!("{text:?}"));
        assert_eq!(format!("{:?}", shipped()), format!("{text:?}"));
        assert!(Model::read(&bin[..bin.len() - 1]).is_none());
        assert!(Model::read(b"features a b\n\x01\x00\x00").is_none());
    }

    #[test]
    fn contributions_add_up_to_the_margin() {
        // One tree: position <= 2.5 ? (words <= 10 ? 0.5 : 1.5) : -1.
        let text = format!("{}bias -0.25\nt 0<2.5:0.1 6<10:0.9 0.5 1.5 -1\n", names());
        let m = Model::parse(&text).unwrap();
        let mut x = [0.0; COUNT];
        x[0] = 1.0;
        x[6] = 20.0;
        let (margin, parts) = m.predict(&x);
        assert_eq!(margin, -0.25 + 1.5);
        assert!((parts[0] - 0.8).abs() < 1e-6 && (parts[6] - 0.6).abs() < 1e-6);
        assert!((m.base() + parts.iter().sum::<f32>() - margin).abs() < 1e-6);
        x[0] = 3.0;
        assert_eq!(m.predict(&x).0, -1.25);
    }

    #[test]
    fn bad_files_are_errors() {
        assert!(Model::parse("bias 1\n").is_err());
        assert!(Model::parse(&format!("{}t 0<1:0\n", names())).is_err());
        assert!(Model::parse(&format!("{}t 99<1:0 1 2\n", names())).is_err());
        assert!(Model::parse("features a b\n").is_err());
    }
}
