use snowball::SnowballEnv;

/// One table of keys for `find_among` and `find_among_b`, packed: the keys concatenated,
/// and per key its end in `keys`, the index of the key it extends (or -1) and its result.
/// Replaces a 24-byte struct per key (a pointer, a length, two `i32` and an optional
/// method) with 4 bytes, for a smaller WebAssembly download.
pub struct Among<T: 'static> {
    /// The key count n (`u16`), then per key in three columns its end among the keys
    /// (`u16`), the index of the key it extends or -1 (`i8`) and its result (`i8`), then
    /// the keys (UTF-8, concatenated).
    pub data: &'static [u8],
    /// Each key's method, when any key of the table has one; else empty.
    pub methods: &'static [Option<&'static (dyn Fn(&mut SnowballEnv, &mut T) -> bool + Sync)>],
}

impl<T> Among<T> {
    pub fn len(&self) -> usize {
        usize::from(self.data[0]) | usize::from(self.data[1]) << 8
    }

    /// The column of key ends (`u16`, little endian) and the concatenated keys.
    pub fn columns(&self) -> (&'static [u8], &'static [u8]) {
        let n = self.len();
        (&self.data[2..2 + 2 * n], &self.data[2 + 4 * n..])
    }

    /// The index of the key that key `k` extends, or -1.
    pub fn substring_i(&self, k: usize) -> i32 {
        i32::from(self.data[2 + 2 * self.len() + k] as i8)
    }

    /// Key `k`'s result.
    pub fn result(&self, k: usize) -> i32 {
        i32::from(self.data[2 + 3 * self.len() + k] as i8)
    }

    pub fn method(&self, k: usize) -> Option<&'static (dyn Fn(&mut SnowballEnv, &mut T) -> bool + Sync)> {
        self.methods.get(k).copied().flatten()
    }
}
