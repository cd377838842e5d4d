//! This file was generated automatically by the Snowball to Rust compiler
//! http://snowballstem.org/

#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]
#![allow(unused_variables)]
#![allow(unused_mut)]
use snowball::SnowballEnv;
use snowball::Among;

static A_0: &'static Among<Context> = &Among {
    data: b"\xa1\x00\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00\x06\x00\x07\x00\x08\x00\x09\x00\x0a\x00\x0b\x00\x0d\x00\x0f\x00\x11\x00\x13\x00\x15\x00\x17\x00\x19\x00\x1b\x00\x1d\x00\x1f\x00!\x00#\x00%\x00'\x00)\x00+\x00-\x00/\x001\x003\x005\x007\x009\x00;\x00=\x00@\x00C\x00F\x00I\x00L\x00O\x00R\x00U\x00X\x00[\x00^\x00a\x00d\x00g\x00j\x00m\x00p\x00s\x00v\x00y\x00|\x00\x7f\x00\x82\x00\x85\x00\x88\x00\x8b\x00\x8e\x00\x91\x00\x94\x00\x97\x00\x9a\x00\x9d\x00\xa0\x00\xa3\x00\xa6\x00\xa9\x00\xac\x00\xaf\x00\xb2\x00\xb5\x00\xb8\x00\xbb\x00\xbe\x00\xc1\x00\xc4\x00\xc7\x00\xca\x00\xcd\x00\xd0\x00\xd3\x00\xd6\x00\xd9\x00\xdc\x00\xdf\x00\xe2\x00\xe5\x00\xe8\x00\xeb\x00\xee\x00\xf1\x00\xf4\x00\xf7\x00\xfa\x00\xfd\x00\x00\x01\x03\x01\x06\x01\x09\x01\x0c\x01\x0f\x01\x12\x01\x15\x01\x18\x01\x1b\x01\x1e\x01!\x01$\x01'\x01*\x01-\x010\x013\x016\x019\x01<\x01?\x01B\x01E\x01H\x01K\x01N\x01Q\x01T\x01W\x01Z\x01]\x01`\x01c\x01f\x01i\x01l\x01o\x01r\x01u\x01x\x01{\x01~\x01\x81\x01\x84\x01\x87\x01\x8a\x01\x8d\x01\x90\x01\x93\x01\x96\x01\x99\x01\x9c\x01\x9f\x01\xa2\x01\xa5\x01\xa8\x01\xab\x01\xae\x01\xb1\x01\xb4\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x04\x04\x04\x02\x01\x01\x01\x01\x01\x01\x01\x01\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x0f\x0f\x10\x14\x14\x11\x11\x15\x15\x12\x12\x13\x13\x13\x13\x16\x16\x17\x17\x17\x17\x18\x18\x19\x19\x19\x19\x1a\x1a\x1a\x1a\x1b\x1b\x1b\x1b\x1c\x1c\x1c\x1c\x1d\x1d\x1d\x1d\x1e\x1e\x1f\x1f  !!\x22\x22\x22\x22####$$$$%%%%&&&&''''(((())))****++++,,,,----....////00001122333377556644!\x22%*,./:;?\x5c\xd8\x8c\xd8\x9b\xd8\x9f\xd9\x80\xd9\x8b\xd9\x8c\xd9\x8d\xd9\x8e\xd9\x8f\xd9\x90\xd9\x91\xd9\x92\xd9\xa0\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8\xd9\xa9\xd9\xaa\xd9\xab\xd9\xac\xef\xba\x80\xef\xba\x81\xef\xba\x82\xef\xba\x83\xef\xba\x84\xef\xba\x85\xef\xba\x86\xef\xba\x87\xef\xba\x88\xef\xba\x89\xef\xba\x8a\xef\xba\x8b\xef\xba\x8c\xef\xba\x8d\xef\xba\x8e\xef\xba\x8f\xef\xba\x90\xef\xba\x91\xef\xba\x92\xef\xba\x93\xef\xba\x94\xef\xba\x95\xef\xba\x96\xef\xba\x97\xef\xba\x98\xef\xba\x99\xef\xba\x9a\xef\xba\x9b\xef\xba\x9c\xef\xba\x9d\xef\xba\x9e\xef\xba\x9f\xef\xba\xa0\xef\xba\xa1\xef\xba\xa2\xef\xba\xa3\xef\xba\xa4\xef\xba\xa5\xef\xba\xa6\xef\xba\xa7\xef\xba\xa8\xef\xba\xa9\xef\xba\xaa\xef\xba\xab\xef\xba\xac\xef\xba\xad\xef\xba\xae\xef\xba\xaf\xef\xba\xb0\xef\xba\xb1\xef\xba\xb2\xef\xba\xb3\xef\xba\xb4\xef\xba\xb5\xef\xba\xb6\xef\xba\xb7\xef\xba\xb8\xef\xba\xb9\xef\xba\xba\xef\xba\xbb\xef\xba\xbc\xef\xba\xbd\xef\xba\xbe\xef\xba\xbf\xef\xbb\x80\xef\xbb\x81\xef\xbb\x82\xef\xbb\x83\xef\xbb\x84\xef\xbb\x85\xef\xbb\x86\xef\xbb\x87\xef\xbb\x88\xef\xbb\x89\xef\xbb\x8a\xef\xbb\x8b\xef\xbb\x8c\xef\xbb\x8d\xef\xbb\x8e\xef\xbb\x8f\xef\xbb\x90\xef\xbb\x91\xef\xbb\x92\xef\xbb\x93\xef\xbb\x94\xef\xbb\x95\xef\xbb\x96\xef\xbb\x97\xef\xbb\x98\xef\xbb\x99\xef\xbb\x9a\xef\xbb\x9b\xef\xbb\x9c\xef\xbb\x9d\xef\xbb\x9e\xef\xbb\x9f\xef\xbb\xa0\xef\xbb\xa1\xef\xbb\xa2\xef\xbb\xa3\xef\xbb\xa4\xef\xbb\xa5\xef\xbb\xa6\xef\xbb\xa7\xef\xbb\xa8\xef\xbb\xa9\xef\xbb\xaa\xef\xbb\xab\xef\xbb\xac\xef\xbb\xad\xef\xbb\xae\xef\xbb\xaf\xef\xbb\xb0\xef\xbb\xb1\xef\xbb\xb2\xef\xbb\xb3\xef\xbb\xb4\xef\xbb\xb5\xef\xbb\xb6\xef\xbb\xb7\xef\xbb\xb8\xef\xbb\xb9\xef\xbb\xba\xef\xbb\xbb\xef\xbb\xbc",
    methods: &[],
};

static A_1: &'static Among<Context> = &Among {
    data: b"\x05\x00\x02\x00\x04\x00\x06\x00\x08\x00\x0a\x00\xff\xff\xff\xff\xff\x01\x01\x02\x01\x03\xd8\xa2\xd8\xa3\xd8\xa4\xd8\xa5\xd8\xa6",
    methods: &[],
};

static A_2: &'static Among<Context> = &Among {
    data: b"\x05\x00\x02\x00\x04\x00\x06\x00\x08\x00\x0a\x00\xff\xff\xff\xff\xff\x01\x01\x02\x01\x03\xd8\xa2\xd8\xa3\xd8\xa4\xd8\xa5\xd8\xa6",
    methods: &[],
};

static A_3: &'static Among<Context> = &Among {
    data: b"\x04\x00\x04\x00\x0a\x00\x10\x00\x14\x00\xff\xff\xff\xff\x02\x01\x01\x02\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x84\xd9\x83\xd8\xa7\xd9\x84\xd9\x84\xd9\x84",
    methods: &[],
};

static A_4: &'static Among<Context> = &Among {
    data: b"\x05\x00\x04\x00\x08\x00\x0c\x00\x10\x00\x14\x00\xff\xff\xff\xff\xff\x02\x01\x03\x05\x04\xd8\xa3\xd8\xa2\xd8\xa3\xd8\xa3\xd8\xa3\xd8\xa4\xd8\xa3\xd8\xa5\xd8\xa3\xd8\xa7",
    methods: &[],
};

static A_5: &'static Among<Context> = &Among {
    data: b"\x02\x00\x02\x00\x04\x00\xff\xff\x01\x02\xd9\x81\xd9\x88",
    methods: &[],
};

static A_6: &'static Among<Context> = &Among {
    data: b"\x04\x00\x04\x00\x0a\x00\x10\x00\x14\x00\xff\xff\xff\xff\x02\x01\x01\x02\xd8\xa7\xd9\x84\xd8\xa8\xd8\xa7\xd9\x84\xd9\x83\xd8\xa7\xd9\x84\xd9\x84\xd9\x84",
    methods: &[],
};

static A_7: &'static Among<Context> = &Among {
    data: b"\x03\x00\x02\x00\x06\x00\x0a\x00\xff\x00\xff\x01\x02\x03\xd8\xa8\xd8\xa8\xd8\xa8\xd9\x83\xd9\x83",
    methods: &[],
};

static A_8: &'static Among<Context> = &Among {
    data: b"\x04\x00\x04\x00\x08\x00\x0c\x00\x10\x00\xff\xff\xff\xff\x04\x02\x03\x01\xd8\xb3\xd8\xa3\xd8\xb3\xd8\xaa\xd8\xb3\xd9\x86\xd8\xb3\xd9\x8a",
    methods: &[],
};

static A_9: &'static Among<Context> = &Among {
    data: b"\x03\x00\x06\x00\x0c\x00\x12\x00\xff\xff\xff\x01\x01\x01\xd8\xaa\xd8\xb3\xd8\xaa\xd9\x86\xd8\xb3\xd8\xaa\xd9\x8a\xd8\xb3\xd8\xaa",
    methods: &[],
};

static A_10: &'static Among<Context> = &Among {
    data: b"\x0a\x00\x02\x00\x06\x00\x0a\x00\x0e\x00\x10\x00\x12\x00\x18\x00\x1e\x00\x22\x00&\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x02\x02\x02\x01\x01\x03\x03\x02\x02\xd9\x83\xd9\x83\xd9\x85\xd9\x87\xd9\x85\xd9\x87\xd9\x86\xd9\x87\xd9\x8a\xd9\x83\xd9\x85\xd8\xa7\xd9\x87\xd9\x85\xd8\xa7\xd9\x86\xd8\xa7\xd9\x87\xd8\xa7",
    methods: &[],
};

static A_11: &'static Among<Context> = &Among {
    data: b"\x01\x00\x02\x00\xff\x01\xd9\x86",
    methods: &[],
};

static A_12: &'static Among<Context> = &Among {
    data: b"\x03\x00\x02\x00\x04\x00\x06\x00\xff\xff\xff\x01\x01\x01\xd9\x88\xd9\x8a\xd8\xa7",
    methods: &[],
};

static A_13: &'static Among<Context> = &Among {
    data: b"\x01\x00\x04\x00\xff\x01\xd8\xa7\xd8\xaa",
    methods: &[],
};

static A_14: &'static Among<Context> = &Among {
    data: b"\x01\x00\x02\x00\xff\x01\xd8\xaa",
    methods: &[],
};

static A_15: &'static Among<Context> = &Among {
    data: b"\x01\x00\x02\x00\xff\x01\xd8\xa9",
    methods: &[],
};

static A_16: &'static Among<Context> = &Among {
    data: b"\x01\x00\x02\x00\xff\x01\xd9\x8a",
    methods: &[],
};

static A_17: &'static Among<Context> = &Among {
    data: b"\x0c\x00\x02\x00\x06\x00\x0a\x00\x0e\x00\x12\x00\x14\x00\x1a\x00\x1e\x00$\x00*\x00.\x002\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x02\x02\x02\x02\x01\x03\x02\x03\x03\x02\x02\xd9\x83\xd9\x83\xd9\x85\xd9\x87\xd9\x85\xd9\x83\xd9\x86\xd9\x87\xd9\x86\xd9\x87\xd9\x83\xd9\x85\xd9\x88\xd9\x86\xd9\x8a\xd9\x83\xd9\x85\xd8\xa7\xd9\x87\xd9\x85\xd8\xa7\xd9\x86\xd8\xa7\xd9\x87\xd8\xa7",
    methods: &[],
};

static A_18: &'static Among<Context> = &Among {
    data: b"\x0b\x00\x02\x00\x06\x00\x0a\x00\x0e\x00\x12\x00\x14\x00\x16\x00\x1c\x00 \x00$\x00&\x00\xff\x00\x00\x00\x00\xff\xff\x06\x06\x06\xff\x02\x04\x04\x04\x03\x02\x02\x05\x03\x03\x01\xd9\x86\xd9\x88\xd9\x86\xd9\x8a\xd9\x86\xd8\xa7\xd9\x86\xd8\xaa\xd9\x86\xd9\x8a\xd8\xa7\xd8\xaa\xd9\x85\xd8\xa7\xd9\x86\xd8\xa7\xd8\xaa\xd8\xa7\xd8\xaa",
    methods: &[],
};

static A_19: &'static Among<Context> = &Among {
    data: b"\x02\x00\x04\x00\x08\x00\xff\xff\x01\x01\xd8\xaa\xd9\x85\xd9\x88\xd8\xa7",
    methods: &[],
};

static A_20: &'static Among<Context> = &Among {
    data: b"\x02\x00\x02\x00\x08\x00\xff\x00\x01\x02\xd9\x88\xd8\xaa\xd9\x85\xd9\x88",
    methods: &[],
};

static A_21: &'static Among<Context> = &Among {
    data: b"\x01\x00\x02\x00\xff\x01\xd9\x89",
    methods: &[],
};

#[derive(Clone)]
struct Context {
    b_is_defined: bool,
    b_is_verb: bool,
    b_is_noun: bool,
    i_word_len: usize,
}

fn r_Normalize_pre(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 258
    // loop, line 259
    for _ in 0..env.current.chars().count() {
        // (, line 259
        // or, line 328
        'lab0: loop {
            let v_2 = env.cursor;
            'lab1: loop {
                // (, line 260
                // [, line 261
                env.bra = env.cursor;
                // substring, line 261
                among_var = env.find_among(A_0, context);
                if among_var == 0 {
                    break 'lab1;
                }
                // ], line 261
                env.ket = env.cursor;
                if among_var == 0 {
                    break 'lab1;
                } else if among_var == 1 {
                    // (, line 262
                    // delete, line 262
                    if !env.slice_del() {
                        return false;
                    }
                } else if among_var == 2 {
                    // (, line 263
                    // delete, line 263
                    if !env.slice_del() {
                        return false;
                    }
                } else if among_var == 3 {
                    // (, line 266
                    // delete, line 266
                    if !env.slice_del() {
                        return false;
                    }
                } else if among_var == 4 {
                    // (, line 267
                    // delete, line 267
                    if !env.slice_del() {
                        return false;
                    }
                } else if among_var == 5 {
                    // (, line 270
                    // <-, line 270
                    if !env.slice_from("0") {
                        return false;
                    }
                } else if among_var == 6 {
                    // (, line 271
                    // <-, line 271
                    if !env.slice_from("1") {
                        return false;
                    }
                } else if among_var == 7 {
                    // (, line 272
                    // <-, line 272
                    if !env.slice_from("2") {
                        return false;
                    }
                } else if among_var == 8 {
                    // (, line 273
                    // <-, line 273
                    if !env.slice_from("3") {
                        return false;
                    }
                } else if among_var == 9 {
                    // (, line 274
                    // <-, line 274
                    if !env.slice_from("4") {
                        return false;
                    }
                } else if among_var == 10 {
                    // (, line 275
                    // <-, line 275
                    if !env.slice_from("5") {
                        return false;
                    }
                } else if among_var == 11 {
                    // (, line 276
                    // <-, line 276
                    if !env.slice_from("6") {
                        return false;
                    }
                } else if among_var == 12 {
                    // (, line 277
                    // <-, line 277
                    if !env.slice_from("7") {
                        return false;
                    }
                } else if among_var == 13 {
                    // (, line 278
                    // <-, line 278
                    if !env.slice_from("8") {
                        return false;
                    }
                } else if among_var == 14 {
                    // (, line 279
                    // <-, line 279
                    if !env.slice_from("9") {
                        return false;
                    }
                } else if among_var == 15 {
                    // (, line 280
                    // delete, line 280
                    if !env.slice_del() {
                        return false;
                    }
                } else if among_var == 16 {
                    // (, line 283
                    // <-, line 283
                    if !env.slice_from("\u{0621}") {
                        return false;
                    }
                } else if among_var == 17 {
                    // (, line 284
                    // <-, line 284
                    if !env.slice_from("\u{0623}") {
                        return false;
                    }
                } else if among_var == 18 {
                    // (, line 285
                    // <-, line 285
                    if !env.slice_from("\u{0625}") {
                        return false;
                    }
                } else if among_var == 19 {
                    // (, line 286
                    // <-, line 286
                    if !env.slice_from("\u{0626}") {
                        return false;
                    }
                } else if among_var == 20 {
                    // (, line 287
                    // <-, line 287
                    if !env.slice_from("\u{0622}") {
                        return false;
                    }
                } else if among_var == 21 {
                    // (, line 288
                    // <-, line 288
                    if !env.slice_from("\u{0624}") {
                        return false;
                    }
                } else if among_var == 22 {
                    // (, line 289
                    // <-, line 289
                    if !env.slice_from("\u{0627}") {
                        return false;
                    }
                } else if among_var == 23 {
                    // (, line 290
                    // <-, line 290
                    if !env.slice_from("\u{0628}") {
                        return false;
                    }
                } else if among_var == 24 {
                    // (, line 291
                    // <-, line 291
                    if !env.slice_from("\u{0629}") {
                        return false;
                    }
                } else if among_var == 25 {
                    // (, line 292
                    // <-, line 292
                    if !env.slice_from("\u{062A}") {
                        return false;
                    }
                } else if among_var == 26 {
                    // (, line 293
                    // <-, line 293
                    if !env.slice_from("\u{062B}") {
                        return false;
                    }
                } else if among_var == 27 {
                    // (, line 294
                    // <-, line 294
                    if !env.slice_from("\u{062C}") {
                        return false;
                    }
                } else if among_var == 28 {
                    // (, line 295
                    // <-, line 295
                    if !env.slice_from("\u{062D}") {
                        return false;
                    }
                } else if among_var == 29 {
                    // (, line 296
                    // <-, line 296
                    if !env.slice_from("\u{062E}") {
                        return false;
                    }
                } else if among_var == 30 {
                    // (, line 297
                    // <-, line 297
                    if !env.slice_from("\u{062F}") {
                        return false;
                    }
                } else if among_var == 31 {
                    // (, line 298
                    // <-, line 298
                    if !env.slice_from("\u{0630}") {
                        return false;
                    }
                } else if among_var == 32 {
                    // (, line 299
                    // <-, line 299
                    if !env.slice_from("\u{0631}") {
                        return false;
                    }
                } else if among_var == 33 {
                    // (, line 300
                    // <-, line 300
                    if !env.slice_from("\u{0632}") {
                        return false;
                    }
                } else if among_var == 34 {
                    // (, line 301
                    // <-, line 301
                    if !env.slice_from("\u{0633}") {
                        return false;
                    }
                } else if among_var == 35 {
                    // (, line 302
                    // <-, line 302
                    if !env.slice_from("\u{0634}") {
                        return false;
                    }
                } else if among_var == 36 {
                    // (, line 303
                    // <-, line 303
                    if !env.slice_from("\u{0635}") {
                        return false;
                    }
                } else if among_var == 37 {
                    // (, line 304
                    // <-, line 304
                    if !env.slice_from("\u{0636}") {
                        return false;
                    }
                } else if among_var == 38 {
                    // (, line 305
                    // <-, line 305
                    if !env.slice_from("\u{0637}") {
                        return false;
                    }
                } else if among_var == 39 {
                    // (, line 306
                    // <-, line 306
                    if !env.slice_from("\u{0638}") {
                        return false;
                    }
                } else if among_var == 40 {
                    // (, line 307
                    // <-, line 307
                    if !env.slice_from("\u{0639}") {
                        return false;
                    }
                } else if among_var == 41 {
                    // (, line 308
                    // <-, line 308
                    if !env.slice_from("\u{063A}") {
                        return false;
                    }
                } else if among_var == 42 {
                    // (, line 309
                    // <-, line 309
                    if !env.slice_from("\u{0641}") {
                        return false;
                    }
                } else if among_var == 43 {
                    // (, line 310
                    // <-, line 310
                    if !env.slice_from("\u{0642}") {
                        return false;
                    }
                } else if among_var == 44 {
                    // (, line 311
                    // <-, line 311
                    if !env.slice_from("\u{0643}") {
                        return false;
                    }
                } else if among_var == 45 {
                    // (, line 312
                    // <-, line 312
                    if !env.slice_from("\u{0644}") {
                        return false;
                    }
                } else if among_var == 46 {
                    // (, line 313
                    // <-, line 313
                    if !env.slice_from("\u{0645}") {
                        return false;
                    }
                } else if among_var == 47 {
                    // (, line 314
                    // <-, line 314
                    if !env.slice_from("\u{0646}") {
                        return false;
                    }
                } else if among_var == 48 {
                    // (, line 315
                    // <-, line 315
                    if !env.slice_from("\u{0647}") {
                        return false;
                    }
                } else if among_var == 49 {
                    // (, line 316
                    // <-, line 316
                    if !env.slice_from("\u{0648}") {
                        return false;
                    }
                } else if among_var == 50 {
                    // (, line 317
                    // <-, line 317
                    if !env.slice_from("\u{0649}") {
                        return false;
                    }
                } else if among_var == 51 {
                    // (, line 318
                    // <-, line 318
                    if !env.slice_from("\u{064A}") {
                        return false;
                    }
                } else if among_var == 52 {
                    // (, line 321
                    // <-, line 321
                    if !env.slice_from("\u{0644}\u{0627}") {
                        return false;
                    }
                } else if among_var == 53 {
                    // (, line 322
                    // <-, line 322
                    if !env.slice_from("\u{0644}\u{0623}") {
                        return false;
                    }
                } else if among_var == 54 {
                    // (, line 323
                    // <-, line 323
                    if !env.slice_from("\u{0644}\u{0625}") {
                        return false;
                    }
                } else if among_var == 55 {
                    // (, line 324
                    // <-, line 324
                    if !env.slice_from("\u{0644}\u{0622}") {
                        return false;
                    }
                }
                break 'lab0;
            }
            env.cursor = v_2;
            // next, line 329
            if env.cursor >= env.limit {
                return false;
            }
            env.next_char();
            break 'lab0;
        }
    }
    return true;
}

fn r_Normalize_post(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 333
    // do, line 335
    let v_1 = env.cursor;
    'lab0: loop {
        // (, line 335
        // backwards, line 337
        env.limit_backward = env.cursor;
        env.cursor = env.limit;
        // (, line 337
        // [, line 338
        env.ket = env.cursor;
        // substring, line 338
        among_var = env.find_among_b(A_1, context);
        if among_var == 0 {
            break 'lab0;
        }
        // ], line 338
        env.bra = env.cursor;
        if among_var == 0 {
            break 'lab0;
        } else if among_var == 1 {
            // (, line 339
            // <-, line 339
            if !env.slice_from("\u{0621}") {
                return false;
            }
        } else if among_var == 2 {
            // (, line 340
            // <-, line 340
            if !env.slice_from("\u{0621}") {
                return false;
            }
        } else if among_var == 3 {
            // (, line 341
            // <-, line 341
            if !env.slice_from("\u{0621}") {
                return false;
            }
        }
        env.cursor = env.limit_backward;
        break 'lab0;
    }
    env.cursor = v_1;
    // do, line 346
    let v_2 = env.cursor;
    'lab1: loop {
        // loop, line 346
        for _ in 0..context.i_word_len {
            // (, line 346
            // or, line 355
            'lab2: loop {
                let v_4 = env.cursor;
                'lab3: loop {
                    // (, line 347
                    // [, line 349
                    env.bra = env.cursor;
                    // substring, line 349
                    among_var = env.find_among(A_2, context);
                    if among_var == 0 {
                        break 'lab3;
                    }
                    // ], line 349
                    env.ket = env.cursor;
                    if among_var == 0 {
                        break 'lab3;
                    } else if among_var == 1 {
                        // (, line 350
                        // <-, line 350
                        if !env.slice_from("\u{0627}") {
                            return false;
                        }
                    } else if among_var == 2 {
                        // (, line 351
                        // <-, line 351
                        if !env.slice_from("\u{0648}") {
                            return false;
                        }
                    } else if among_var == 3 {
                        // (, line 352
                        // <-, line 352
                        if !env.slice_from("\u{064A}") {
                            return false;
                        }
                    }
                    break 'lab2;
                }
                env.cursor = v_4;
                // next, line 356
                if env.cursor >= env.limit {
                    break 'lab1;
                }
                env.next_char();
                break 'lab2;
            }
        }
        break 'lab1;
    }
    env.cursor = v_2;
    return true;
}

fn r_Checks1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 361
    context.i_word_len = env.current.chars().count();
    // [, line 363
    env.bra = env.cursor;
    // substring, line 363
    among_var = env.find_among(A_3, context);
    if among_var == 0 {
        return false;
    }
    // ], line 363
    env.ket = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 364
        if !(context.i_word_len > 4){
            return false;
        }
        // set is_noun, line 364
        context.b_is_noun = true;
        // unset is_verb, line 364
        context.b_is_verb = false;
        // set is_defined, line 364
        context.b_is_defined = true;
    } else if among_var == 2 {
        // (, line 365
        if !(context.i_word_len > 3){
            return false;
        }
        // set is_noun, line 365
        context.b_is_noun = true;
        // unset is_verb, line 365
        context.b_is_verb = false;
        // set is_defined, line 365
        context.b_is_defined = true;
    }
    return true;
}

fn r_Prefix_Step1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 371
    context.i_word_len = env.current.chars().count();
    // [, line 373
    env.bra = env.cursor;
    // substring, line 373
    among_var = env.find_among(A_4, context);
    if among_var == 0 {
        return false;
    }
    // ], line 373
    env.ket = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 374
        if !(context.i_word_len > 3){
            return false;
        }
        // <-, line 374
        if !env.slice_from("\u{0623}") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 375
        if !(context.i_word_len > 3){
            return false;
        }
        // <-, line 375
        if !env.slice_from("\u{0622}") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 376
        if !(context.i_word_len > 3){
            return false;
        }
        // <-, line 376
        if !env.slice_from("\u{0623}") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 377
        if !(context.i_word_len > 3){
            return false;
        }
        // <-, line 377
        if !env.slice_from("\u{0627}") {
            return false;
        }
    } else if among_var == 5 {
        // (, line 378
        if !(context.i_word_len > 3){
            return false;
        }
        // <-, line 378
        if !env.slice_from("\u{0625}") {
            return false;
        }
    }
    return true;
}

fn r_Prefix_Step2(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 383
    context.i_word_len = env.current.chars().count();
    // not, line 385
    let v_1 = env.cursor;
    'lab0: loop {
        // literal, line 385
        if !env.eq_s(&"\u{0641}\u{0627}") {
            break 'lab0;
        }
        return false;
    }
    env.cursor = v_1;
    // not, line 386
    let v_2 = env.cursor;
    'lab1: loop {
        // literal, line 386
        if !env.eq_s(&"\u{0648}\u{0627}") {
            break 'lab1;
        }
        return false;
    }
    env.cursor = v_2;
    // [, line 387
    env.bra = env.cursor;
    // substring, line 387
    among_var = env.find_among(A_5, context);
    if among_var == 0 {
        return false;
    }
    // ], line 387
    env.ket = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 388
        if !(context.i_word_len > 3){
            return false;
        }
        // delete, line 388
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 389
        if !(context.i_word_len > 3){
            return false;
        }
        // delete, line 389
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Prefix_Step3a_Noun(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 393
    context.i_word_len = env.current.chars().count();
    // [, line 395
    env.bra = env.cursor;
    // substring, line 395
    among_var = env.find_among(A_6, context);
    if among_var == 0 {
        return false;
    }
    // ], line 395
    env.ket = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 396
        if !(context.i_word_len > 5){
            return false;
        }
        // delete, line 396
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 397
        if !(context.i_word_len > 4){
            return false;
        }
        // delete, line 397
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Prefix_Step3b_Noun(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 401
    context.i_word_len = env.current.chars().count();
    // not, line 403
    let v_1 = env.cursor;
    'lab0: loop {
        // literal, line 403
        if !env.eq_s(&"\u{0628}\u{0627}") {
            break 'lab0;
        }
        return false;
    }
    env.cursor = v_1;
    // [, line 404
    env.bra = env.cursor;
    // substring, line 404
    among_var = env.find_among(A_7, context);
    if among_var == 0 {
        return false;
    }
    // ], line 404
    env.ket = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 405
        if !(context.i_word_len > 3){
            return false;
        }
        // delete, line 405
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 407
        if !(context.i_word_len > 3){
            return false;
        }
        // <-, line 407
        if !env.slice_from("\u{0628}") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 408
        if !(context.i_word_len > 3){
            return false;
        }
        // <-, line 408
        if !env.slice_from("\u{0643}") {
            return false;
        }
    }
    return true;
}

fn r_Prefix_Step3_Verb(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 413
    context.i_word_len = env.current.chars().count();
    // [, line 415
    env.bra = env.cursor;
    // substring, line 415
    among_var = env.find_among(A_8, context);
    if among_var == 0 {
        return false;
    }
    // ], line 415
    env.ket = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 417
        if !(context.i_word_len > 4){
            return false;
        }
        // <-, line 417
        if !env.slice_from("\u{064A}") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 418
        if !(context.i_word_len > 4){
            return false;
        }
        // <-, line 418
        if !env.slice_from("\u{062A}") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 419
        if !(context.i_word_len > 4){
            return false;
        }
        // <-, line 419
        if !env.slice_from("\u{0646}") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 420
        if !(context.i_word_len > 4){
            return false;
        }
        // <-, line 420
        if !env.slice_from("\u{0623}") {
            return false;
        }
    }
    return true;
}

fn r_Prefix_Step4_Verb(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 424
    context.i_word_len = env.current.chars().count();
    // [, line 426
    env.bra = env.cursor;
    // substring, line 426
    among_var = env.find_among(A_9, context);
    if among_var == 0 {
        return false;
    }
    // ], line 426
    env.ket = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 427
        if !(context.i_word_len > 4){
            return false;
        }
        // set is_verb, line 427
        context.b_is_verb = true;
        // unset is_noun, line 427
        context.b_is_noun = false;
        // <-, line 427
        if !env.slice_from("\u{0627}\u{0633}\u{062A}") {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Noun_Step1a(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 434
    context.i_word_len = env.current.chars().count();
    // [, line 436
    env.ket = env.cursor;
    // substring, line 436
    among_var = env.find_among_b(A_10, context);
    if among_var == 0 {
        return false;
    }
    // ], line 436
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 437
        if !(context.i_word_len >= 4){
            return false;
        }
        // delete, line 437
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 438
        if !(context.i_word_len >= 5){
            return false;
        }
        // delete, line 438
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 3 {
        // (, line 439
        if !(context.i_word_len >= 6){
            return false;
        }
        // delete, line 439
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Noun_Step1b(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 442
    context.i_word_len = env.current.chars().count();
    // [, line 444
    env.ket = env.cursor;
    // substring, line 444
    among_var = env.find_among_b(A_11, context);
    if among_var == 0 {
        return false;
    }
    // ], line 444
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 445
        if !(context.i_word_len > 5){
            return false;
        }
        // delete, line 445
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Noun_Step2a(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 449
    context.i_word_len = env.current.chars().count();
    // [, line 451
    env.ket = env.cursor;
    // substring, line 451
    among_var = env.find_among_b(A_12, context);
    if among_var == 0 {
        return false;
    }
    // ], line 451
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 452
        if !(context.i_word_len > 4){
            return false;
        }
        // delete, line 452
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Noun_Step2b(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 456
    context.i_word_len = env.current.chars().count();
    // [, line 458
    env.ket = env.cursor;
    // substring, line 458
    among_var = env.find_among_b(A_13, context);
    if among_var == 0 {
        return false;
    }
    // ], line 458
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 459
        if !(context.i_word_len >= 5){
            return false;
        }
        // delete, line 459
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Noun_Step2c1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 463
    context.i_word_len = env.current.chars().count();
    // [, line 465
    env.ket = env.cursor;
    // substring, line 465
    among_var = env.find_among_b(A_14, context);
    if among_var == 0 {
        return false;
    }
    // ], line 465
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 466
        if !(context.i_word_len >= 4){
            return false;
        }
        // delete, line 466
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Noun_Step2c2(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 469
    context.i_word_len = env.current.chars().count();
    // [, line 471
    env.ket = env.cursor;
    // substring, line 471
    among_var = env.find_among_b(A_15, context);
    if among_var == 0 {
        return false;
    }
    // ], line 471
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 472
        if !(context.i_word_len >= 4){
            return false;
        }
        // delete, line 472
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Noun_Step3(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 475
    context.i_word_len = env.current.chars().count();
    // [, line 477
    env.ket = env.cursor;
    // substring, line 477
    among_var = env.find_among_b(A_16, context);
    if among_var == 0 {
        return false;
    }
    // ], line 477
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 478
        if !(context.i_word_len >= 3){
            return false;
        }
        // delete, line 478
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Verb_Step1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 482
    context.i_word_len = env.current.chars().count();
    // [, line 484
    env.ket = env.cursor;
    // substring, line 484
    among_var = env.find_among_b(A_17, context);
    if among_var == 0 {
        return false;
    }
    // ], line 484
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 485
        if !(context.i_word_len >= 4){
            return false;
        }
        // delete, line 485
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 486
        if !(context.i_word_len >= 5){
            return false;
        }
        // delete, line 486
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 3 {
        // (, line 487
        if !(context.i_word_len >= 6){
            return false;
        }
        // delete, line 487
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Verb_Step2a(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 490
    context.i_word_len = env.current.chars().count();
    // [, line 492
    env.ket = env.cursor;
    // substring, line 492
    among_var = env.find_among_b(A_18, context);
    if among_var == 0 {
        return false;
    }
    // ], line 492
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 493
        if !(context.i_word_len >= 4){
            return false;
        }
        // delete, line 493
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 494
        if !(context.i_word_len >= 4){
            return false;
        }
        // delete, line 494
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 3 {
        // (, line 495
        if !(context.i_word_len >= 5){
            return false;
        }
        // delete, line 495
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 4 {
        // (, line 496
        if !(context.i_word_len > 5){
            return false;
        }
        // delete, line 496
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 5 {
        // (, line 497
        if !(context.i_word_len >= 6){
            return false;
        }
        // delete, line 497
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Verb_Step2b(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 501
    context.i_word_len = env.current.chars().count();
    // [, line 503
    env.ket = env.cursor;
    // substring, line 503
    among_var = env.find_among_b(A_19, context);
    if among_var == 0 {
        return false;
    }
    // ], line 503
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 504
        if !(context.i_word_len >= 5){
            return false;
        }
        // delete, line 504
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_Verb_Step2c(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 509
    context.i_word_len = env.current.chars().count();
    // [, line 511
    env.ket = env.cursor;
    // substring, line 511
    among_var = env.find_among_b(A_20, context);
    if among_var == 0 {
        return false;
    }
    // ], line 511
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 512
        if !(context.i_word_len >= 4){
            return false;
        }
        // delete, line 512
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 513
        if !(context.i_word_len >= 6){
            return false;
        }
        // delete, line 513
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_Suffix_All_alef_maqsura(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 517
    context.i_word_len = env.current.chars().count();
    // [, line 519
    env.ket = env.cursor;
    // substring, line 519
    among_var = env.find_among_b(A_21, context);
    if among_var == 0 {
        return false;
    }
    // ], line 519
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 520
        // <-, line 520
        if !env.slice_from("\u{064A}") {
            return false;
        }
    }
    return true;
}

pub fn stem(env: &mut SnowballEnv) -> bool {
    let mut context = &mut Context {
        b_is_defined: false,
        b_is_verb: false,
        b_is_noun: false,
        i_word_len: 0,
    };
    // (, line 527
    // set is_noun, line 529
    context.b_is_noun = true;
    // set is_verb, line 530
    context.b_is_verb = true;
    // unset is_defined, line 531
    context.b_is_defined = false;
    // do, line 534
    let v_1 = env.cursor;
    'lab0: loop {
        // call Checks1, line 534
        if !r_Checks1(env, context) {
            break 'lab0;
        }
        break 'lab0;
    }
    env.cursor = v_1;
    // do, line 537
    let v_2 = env.cursor;
    'lab1: loop {
        // call Normalize_pre, line 537
        if !r_Normalize_pre(env, context) {
            break 'lab1;
        }
        break 'lab1;
    }
    env.cursor = v_2;
    // backwards, line 540
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    // (, line 540
    // do, line 542
    let v_3 = env.limit - env.cursor;
    'lab2: loop {
        // (, line 542
        // or, line 556
        'lab3: loop {
            let v_4 = env.limit - env.cursor;
            'lab4: loop {
                // (, line 544
                // Boolean test is_verb, line 545
                if !context.b_is_verb {
                    break 'lab4;
                }
                // (, line 546
                // or, line 551
                'lab5: loop {
                    let v_5 = env.limit - env.cursor;
                    'lab6: loop {
                        // (, line 547
                        // (, line 548
                        // atleast, line 548
                        let mut v_6 = 1;
                        // atleast, line 548
                        'replab7: loop{
                            let v_7 = env.limit - env.cursor;
                            'lab8: for _ in 0..1 {
                                // call Suffix_Verb_Step1, line 548
                                if !r_Suffix_Verb_Step1(env, context) {
                                    break 'lab8;
                                }
                                v_6 -= 1;
                                continue 'replab7;
                            }
                            env.cursor = env.limit - v_7;
                            break 'replab7;
                        }
                        if v_6 > 0 {
                            break 'lab6;
                        }
                        // (, line 549
                        // or, line 549
                        'lab9: loop {
                            let v_8 = env.limit - env.cursor;
                            'lab10: loop {
                                // call Suffix_Verb_Step2a, line 549
                                if !r_Suffix_Verb_Step2a(env, context) {
                                    break 'lab10;
                                }
                                break 'lab9;
                            }
                            env.cursor = env.limit - v_8;
                            'lab11: loop {
                                // call Suffix_Verb_Step2c, line 549
                                if !r_Suffix_Verb_Step2c(env, context) {
                                    break 'lab11;
                                }
                                break 'lab9;
                            }
                            env.cursor = env.limit - v_8;
                            // next, line 549
                            if env.cursor <= env.limit_backward {
                                break 'lab6;
                            }
                            env.previous_char();
                            break 'lab9;
                        }
                        break 'lab5;
                    }
                    env.cursor = env.limit - v_5;
                    'lab12: loop {
                        // call Suffix_Verb_Step2b, line 551
                        if !r_Suffix_Verb_Step2b(env, context) {
                            break 'lab12;
                        }
                        break 'lab5;
                    }
                    env.cursor = env.limit - v_5;
                    // call Suffix_Verb_Step2a, line 552
                    if !r_Suffix_Verb_Step2a(env, context) {
                        break 'lab4;
                    }
                    break 'lab5;
                }
                break 'lab3;
            }
            env.cursor = env.limit - v_4;
            'lab13: loop {
                // (, line 556
                // Boolean test is_noun, line 557
                if !context.b_is_noun {
                    break 'lab13;
                }
                // (, line 558
                // try, line 560
                let v_9 = env.limit - env.cursor;
                'lab14: loop {
                    // (, line 560
                    // or, line 562
                    'lab15: loop {
                        let v_10 = env.limit - env.cursor;
                        'lab16: loop {
                            // call Suffix_Noun_Step2c2, line 561
                            if !r_Suffix_Noun_Step2c2(env, context) {
                                break 'lab16;
                            }
                            break 'lab15;
                        }
                        env.cursor = env.limit - v_10;
                        'lab17: loop {
                            // (, line 562
                            // not, line 562
                            'lab18: loop {
                                // Boolean test is_defined, line 562
                                if !context.b_is_defined {
                                    break 'lab18;
                                }
                                break 'lab17;
                            }
                            // call Suffix_Noun_Step1a, line 562
                            if !r_Suffix_Noun_Step1a(env, context) {
                                break 'lab17;
                            }
                            // (, line 562
                            // or, line 564
                            'lab19: loop {
                                let v_12 = env.limit - env.cursor;
                                'lab20: loop {
                                    // call Suffix_Noun_Step2a, line 563
                                    if !r_Suffix_Noun_Step2a(env, context) {
                                        break 'lab20;
                                    }
                                    break 'lab19;
                                }
                                env.cursor = env.limit - v_12;
                                'lab21: loop {
                                    // call Suffix_Noun_Step2b, line 564
                                    if !r_Suffix_Noun_Step2b(env, context) {
                                        break 'lab21;
                                    }
                                    break 'lab19;
                                }
                                env.cursor = env.limit - v_12;
                                'lab22: loop {
                                    // call Suffix_Noun_Step2c1, line 565
                                    if !r_Suffix_Noun_Step2c1(env, context) {
                                        break 'lab22;
                                    }
                                    break 'lab19;
                                }
                                env.cursor = env.limit - v_12;
                                // next, line 566
                                if env.cursor <= env.limit_backward {
                                    break 'lab17;
                                }
                                env.previous_char();
                                break 'lab19;
                            }
                            break 'lab15;
                        }
                        env.cursor = env.limit - v_10;
                        'lab23: loop {
                            // (, line 567
                            // call Suffix_Noun_Step1b, line 567
                            if !r_Suffix_Noun_Step1b(env, context) {
                                break 'lab23;
                            }
                            // (, line 567
                            // or, line 569
                            'lab24: loop {
                                let v_13 = env.limit - env.cursor;
                                'lab25: loop {
                                    // call Suffix_Noun_Step2a, line 568
                                    if !r_Suffix_Noun_Step2a(env, context) {
                                        break 'lab25;
                                    }
                                    break 'lab24;
                                }
                                env.cursor = env.limit - v_13;
                                'lab26: loop {
                                    // call Suffix_Noun_Step2b, line 569
                                    if !r_Suffix_Noun_Step2b(env, context) {
                                        break 'lab26;
                                    }
                                    break 'lab24;
                                }
                                env.cursor = env.limit - v_13;
                                // call Suffix_Noun_Step2c1, line 570
                                if !r_Suffix_Noun_Step2c1(env, context) {
                                    break 'lab23;
                                }
                                break 'lab24;
                            }
                            break 'lab15;
                        }
                        env.cursor = env.limit - v_10;
                        'lab27: loop {
                            // (, line 571
                            // not, line 571
                            'lab28: loop {
                                // Boolean test is_defined, line 571
                                if !context.b_is_defined {
                                    break 'lab28;
                                }
                                break 'lab27;
                            }
                            // call Suffix_Noun_Step2a, line 571
                            if !r_Suffix_Noun_Step2a(env, context) {
                                break 'lab27;
                            }
                            break 'lab15;
                        }
                        env.cursor = env.limit - v_10;
                        // (, line 572
                        // call Suffix_Noun_Step2b, line 572
                        if !r_Suffix_Noun_Step2b(env, context) {
                            env.cursor = env.limit - v_9;
                            break 'lab14;
                        }
                        break 'lab15;
                    }
                    break 'lab14;
                }
                // call Suffix_Noun_Step3, line 574
                if !r_Suffix_Noun_Step3(env, context) {
                    break 'lab13;
                }
                break 'lab3;
            }
            env.cursor = env.limit - v_4;
            // call Suffix_All_alef_maqsura, line 580
            if !r_Suffix_All_alef_maqsura(env, context) {
                break 'lab2;
            }
            break 'lab3;
        }
        break 'lab2;
    }
    env.cursor = env.limit - v_3;
    env.cursor = env.limit_backward;
    // do, line 585
    let v_15 = env.cursor;
    'lab29: loop {
        // (, line 585
        // try, line 586
        let v_16 = env.cursor;
        'lab30: loop {
            // call Prefix_Step1, line 586
            if !r_Prefix_Step1(env, context) {
                env.cursor = v_16;
                break 'lab30;
            }
            break 'lab30;
        }
        // try, line 587
        let v_17 = env.cursor;
        'lab31: loop {
            // call Prefix_Step2, line 587
            if !r_Prefix_Step2(env, context) {
                env.cursor = v_17;
                break 'lab31;
            }
            break 'lab31;
        }
        // (, line 588
        // or, line 589
        'lab32: loop {
            let v_18 = env.cursor;
            'lab33: loop {
                // call Prefix_Step3a_Noun, line 588
                if !r_Prefix_Step3a_Noun(env, context) {
                    break 'lab33;
                }
                break 'lab32;
            }
            env.cursor = v_18;
            'lab34: loop {
                // (, line 589
                // Boolean test is_noun, line 589
                if !context.b_is_noun {
                    break 'lab34;
                }
                // call Prefix_Step3b_Noun, line 589
                if !r_Prefix_Step3b_Noun(env, context) {
                    break 'lab34;
                }
                break 'lab32;
            }
            env.cursor = v_18;
            // (, line 590
            // Boolean test is_verb, line 590
            if !context.b_is_verb {
                break 'lab29;
            }
            // try, line 590
            let v_19 = env.cursor;
            'lab35: loop {
                // call Prefix_Step3_Verb, line 590
                if !r_Prefix_Step3_Verb(env, context) {
                    env.cursor = v_19;
                    break 'lab35;
                }
                break 'lab35;
            }
            // call Prefix_Step4_Verb, line 590
            if !r_Prefix_Step4_Verb(env, context) {
                break 'lab29;
            }
            break 'lab32;
        }
        break 'lab29;
    }
    env.cursor = v_15;
    // do, line 595
    let v_20 = env.cursor;
    'lab36: loop {
        // call Normalize_post, line 595
        if !r_Normalize_post(env, context) {
            break 'lab36;
        }
        break 'lab36;
    }
    env.cursor = v_20;
    return true;
}
