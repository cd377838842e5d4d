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
    /// The bytes a key of the table may start with (a table that [`find_among`] searches,
    /// made by [`Among::new`]) or end with (one that [`find_among_b`] searches, made by
    /// [`Among::new_b`]), as bits `1 << (byte & 31)`, computed from `data` when the table is
    /// compiled: a word whose byte at the cursor has no bit here holds no key of the table,
    /// found without a search. Each table is searched in one direction only.
    ///
    /// [`find_among`]: SnowballEnv::find_among
    /// [`find_among_b`]: SnowballEnv::find_among_b
    pub mask: u32,
}

/// The bit of byte `b` in [`Among::mask`]. Bytes 32 apart share one: a set bit only says the
/// search must be made.
pub const fn byte_bit(b: u8) -> u32 {
    1 << (b & 31)
}

/// The bits of the first (or, `last`, the last) bytes of a packed table's keys.
const fn key_mask(data: &[u8], last: bool) -> u32 {
    let n = data[0] as usize | (data[1] as usize) << 8;
    let keys = 2 + 4 * n;
    let (mut mask, mut start, mut k) = (0, 0, 0);
    while k < n {
        let end = data[2 + 2 * k] as usize | (data[3 + 2 * k] as usize) << 8;
        if end > start {
            mask |= byte_bit(data[keys + if last { end - 1 } else { start }]);
        }
        start = end;
        k += 1;
    }
    mask
}

impl<T> Among<T> {
    /// A packed table (see `data`) that `find_among` searches.
    pub const fn new(
        data: &'static [u8],
        methods: &'static [Option<&'static (dyn Fn(&mut SnowballEnv, &mut T) -> bool + Sync)>],
    ) -> Among<T> {
        Among { data, methods, mask: key_mask(data, false) }
    }

    /// A packed table (see `data`) that `find_among_b` searches.
    pub const fn new_b(
        data: &'static [u8],
        methods: &'static [Option<&'static (dyn Fn(&mut SnowballEnv, &mut T) -> bool + Sync)>],
    ) -> Among<T> {
        Among { data, methods, mask: key_mask(data, true) }
    }

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
