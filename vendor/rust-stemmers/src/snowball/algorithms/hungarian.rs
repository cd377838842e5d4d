//! This file was generated automatically by the Snowball to Rust compiler
//! http://snowballstem.org/

#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]
#![allow(unused_variables)]
#![allow(unused_mut)]
use snowball::SnowballEnv;
use snowball::Among;

static A_0: &'static Among<Context> = &Among {
    data: b"\x08\x00\x02\x00\x05\x00\x07\x00\x09\x00\x0b\x00\x0d\x00\x0f\x00\x11\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xffcsdzsgylynysztyzs",
    methods: &[],
};

static A_1: &'static Among<Context> = &Among {
    data: b"\x02\x00\x02\x00\x04\x00\xff\xff\x01\x02\xc3\xa1\xc3\xa9",
    methods: &[],
};

static A_2: &'static Among<Context> = &Among {
    data: b"\x17\x00\x02\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0c\x00\x0e\x00\x10\x00\x12\x00\x14\x00\x16\x00\x18\x00\x1b\x00\x1d\x00 \x00\x22\x00$\x00'\x00*\x00-\x000\x003\x005\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xffbbccddffggjjkkllmmnnpprrccssszzsttvvggyllynnyttysszzz",
    methods: &[],
};

static A_3: &'static Among<Context> = &Among {
    data: b"\x02\x00\x02\x00\x04\x00\xff\xff\x01\x02alel",
    methods: &[],
};

static A_4: &'static Among<Context> = &Among {
    data: b",\x00\x02\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0d\x00\x10\x00\x13\x00\x16\x00\x18\x00\x1c\x00 \x00$\x00(\x00,\x000\x004\x008\x00;\x00<\x00>\x00A\x00C\x00F\x00M\x00O\x00R\x00W\x00Z\x00[\x00]\x00_\x00d\x00k\x00r\x00y\x00{\x00\x7f\x00\x82\x00\x85\x00\x88\x00\x8c\x00\x8f\x00\x92\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x13\x14\x13\x16\x16\x13\x13\xff\xff\xff\x1d\x1d\x1d   \x1d\x1d\x1d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xffbarabereignaknekvalvelulb\xc5\x91lr\xc5\x91lt\xc5\x91ln\xc3\xa1ln\xc3\xa9lb\xc3\xb3lr\xc3\xb3lt\xc3\xb3l\xc3\xbclnanbanenbenk\xc3\xa9ppenon\xc3\xb6nk\xc3\xa9ppkortatetk\xc3\xa9ntank\xc3\xa9ntenk\xc3\xa9ntonk\xc3\xa9ntot\xc3\xa9rt\xc3\xb6thezhozh\xc3\xb6zv\xc3\xa1v\xc3\xa9",
    methods: &[],
};

static A_5: &'static Among<Context> = &Among {
    data: b"\x03\x00\x03\x00\x06\x00\x0e\x00\xff\xff\xff\x02\x01\x03\xc3\xa1n\xc3\xa9n\xc3\xa1nk\xc3\xa9nt",
    methods: &[],
};

static A_6: &'static Among<Context> = &Among {
    data: b"\x06\x00\x04\x00\x09\x00\x0f\x00\x14\x00\x1a\x00!\x00\xff\x00\x00\xff\x03\x03\x02\x01\x03\x02\x01\x04stulastul\xc3\xa1stulst\xc3\xbclest\xc3\xbcl\xc3\xa9st\xc3\xbcl",
    methods: &[],
};

static A_7: &'static Among<Context> = &Among {
    data: b"\x02\x00\x02\x00\x04\x00\xff\xff\x01\x02\xc3\xa1\xc3\xa9",
    methods: &[],
};

static A_8: &'static Among<Context> = &Among {
    data: b"\x07\x00\x01\x00\x03\x00\x05\x00\x07\x00\x0a\x00\x0d\x00\x10\x00\xff\x00\x00\x00\x00\x00\x00\x07\x04\x06\x05\x01\x02\x03kakekok\xc3\xa1k\xc3\xa9k\xc3\xb6k",
    methods: &[],
};

static A_9: &'static Among<Context> = &Among {
    data: b"\x0c\x00\x03\x00\x08\x00\x0d\x00\x0f\x00\x12\x00\x16\x00\x1a\x00\x1e\x00#\x00(\x00-\x001\x00\xff\x00\x00\xff\x03\x04\x04\x04\x04\x04\x04\x03\x07\x06\x05\x09\x04\x01\x01\x01\x03\x02\x01\x08\xc3\xa9i\xc3\xa1\xc3\xa9i\xc3\xa9\xc3\xa9i\xc3\xa9k\xc3\xa9ak\xc3\xa9ek\xc3\xa9ok\xc3\xa9\xc3\xa1k\xc3\xa9\xc3\xa9k\xc3\xa9\xc3\xb6k\xc3\xa9\xc3\xa9\xc3\xa9",
    methods: &[],
};

static A_10: &'static Among<Context> = &Among {
    data: b"\x1f\x00\x01\x00\x03\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0d\x00\x10\x00\x13\x00\x14\x00\x16\x00\x18\x00\x1b\x00\x1f\x00#\x00'\x00)\x00,\x001\x004\x008\x00>\x00?\x00A\x00C\x00E\x00H\x00K\x00L\x00N\x00P\x00\xff\x00\xff\x02\x02\x02\x02\x02\x02\xff\x09\xff\x0b\x0b\x0b\x0b\xff\x10\x11\xff\x13\x14\xff\x16\x16\x16\x16\x16\xff\xff\xff\x12\x11\x10\x0d\x0d\x0d\x0e\x0f\x0d\x12\x11\x04\x01\x02\x03\x01\x08\x07\x05\x08\x07\x06\x0c\x09\x09\x09\x0a\x0b\x12\x13\x14ajadadedod\xc3\xa1d\xc3\xa9d\xc3\xb6dejenkunk\xc3\xa1nk\xc3\xa9nk\xc3\xbcnkukjuk\xc3\xa1juk\xc3\xbckj\xc3\xbck\xc3\xa9j\xc3\xbckmamemom\xc3\xa1m\xc3\xa9mo\xc3\xa1\xc3\xa9",
    methods: &[],
};

static A_11: &'static Among<Context> = &Among {
    data: b"*\x00\x02\x00\x05\x00\x09\x00\x0c\x00\x10\x00\x14\x00\x18\x00\x19\x00\x1b\x00\x1e\x00 \x00#\x00&\x00)\x00-\x002\x008\x00>\x00@\x00C\x00G\x00J\x00N\x00R\x00V\x00Y\x00]\x00b\x00f\x00k\x00p\x00u\x00z\x00\x80\x00\x86\x00\x88\x00\x8b\x00\x8f\x00\x92\x00\x96\x00\x9a\x00\x9e\x00\xff\x00\x01\x00\x03\x00\x00\xff\x07\x08\x07\x0a\x07\x07\xff\x0e\x0f\x0e\xff\x12\x13\x12\x15\x12\x12\xff\x19\x1a\x19\x1c\x19\x19\xff \xff\xff#$#&##\x0a\x09\x06\x09\x06\x07\x08\x0f\x0e\x0b\x0e\x0b\x0c\x0d\x18\x15\x14\x17\x1d\x1a\x19\x1a\x19\x1b\x1c\x14\x11\x10\x11\x10\x12\x13\x15\x14\x16\x05\x04\x01\x04\x01\x02\x03idaidjaideidjeid\xc3\xa1id\xc3\xa9idiaijaieijei\xc3\xa1i\xc3\xa9iitekeitekjeitek\xc3\xa9itekikaikjaikeikjeik\xc3\xa1ik\xc3\xa9ikinkainkjainkeinkjeink\xc3\xa1ink\xc3\xa9inkaitokjaitok\xc3\xa1itokimaimjaimeimjeim\xc3\xa1im\xc3\xa9im",
    methods: &[],
};

static G_v: &'static [u8; 35] = &[17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 36, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];

#[derive(Clone)]
struct Context {
    i_p1: usize,
}

fn r_mark_regions(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 44
    context.i_p1 = env.limit;
    // or, line 51
    'lab0: loop {
        let v_1 = env.cursor;
        'lab1: loop {
            // (, line 48
            if !env.in_grouping(G_v, 97, 369) {
                break 'lab1;
            }
            // goto, line 48
            'golab2: loop {
                let v_2 = env.cursor;
                'lab3: loop {
                    if !env.out_grouping(G_v, 97, 369) {
                        break 'lab3;
                    }
                    env.cursor = v_2;
                    break 'golab2;
                }
                env.cursor = v_2;
                if env.cursor >= env.limit {
                    break 'lab1;
                }
                env.next_char();
            }
            // or, line 49
            'lab4: loop {
                let v_3 = env.cursor;
                'lab5: loop {
                    // among, line 49
                    if env.find_among(A_0, context) == 0 {
                        break 'lab5;
                    }
                    break 'lab4;
                }
                env.cursor = v_3;
                // next, line 49
                if env.cursor >= env.limit {
                    break 'lab1;
                }
                env.next_char();
                break 'lab4;
            }
            // setmark p1, line 50
            context.i_p1 = env.cursor;
            break 'lab0;
        }
        env.cursor = v_1;
        // (, line 53
        if !env.out_grouping(G_v, 97, 369) {
            return false;
        }
        // gopast, line 53
        'golab6: loop {
            'lab7: loop {
                if !env.in_grouping(G_v, 97, 369) {
                    break 'lab7;
                }
                break 'golab6;
            }
            if env.cursor >= env.limit {
                return false;
            }
            env.next_char();
        }
        // setmark p1, line 53
        context.i_p1 = env.cursor;
        break 'lab0;
    }
    return true;
}

fn r_R1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    if !(context.i_p1 <= env.cursor){
        return false;
    }
    return true;
}

fn r_v_ending(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 60
    // [, line 61
    env.ket = env.cursor;
    // substring, line 61
    among_var = env.find_among_b(A_1, context);
    if among_var == 0 {
        return false;
    }
    // ], line 61
    env.bra = env.cursor;
    // call R1, line 61
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 62
        // <-, line 62
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 63
        // <-, line 63
        if !env.slice_from("e") {
            return false;
        }
    }
    return true;
}

fn r_double(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 67
    // test, line 68
    let v_1 = env.limit - env.cursor;
    // among, line 68
    if env.find_among_b(A_2, context) == 0 {
        return false;
    }
    env.cursor = env.limit - v_1;
    return true;
}

fn r_undouble(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 72
    // next, line 73
    if env.cursor <= env.limit_backward {
        return false;
    }
    env.previous_char();
    // [, line 73
    env.ket = env.cursor;
    // hop, line 73
    let c = env.byte_index_for_hop(-1);
    if env.limit_backward as i32 > c || c > env.limit as i32 {
        return false;
    }
    env.cursor = c as usize;
    // ], line 73
    env.bra = env.cursor;
    // delete, line 73
    if !env.slice_del() {
        return false;
    }
    return true;
}

fn r_instrum(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 76
    // [, line 77
    env.ket = env.cursor;
    // substring, line 77
    among_var = env.find_among_b(A_3, context);
    if among_var == 0 {
        return false;
    }
    // ], line 77
    env.bra = env.cursor;
    // call R1, line 77
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 78
        // call double, line 78
        if !r_double(env, context) {
            return false;
        }
    } else if among_var == 2 {
        // (, line 79
        // call double, line 79
        if !r_double(env, context) {
            return false;
        }
    }
    // delete, line 81
    if !env.slice_del() {
        return false;
    }
    // call undouble, line 82
    if !r_undouble(env, context) {
        return false;
    }
    return true;
}

fn r_case(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 86
    // [, line 87
    env.ket = env.cursor;
    // substring, line 87
    if env.find_among_b(A_4, context) == 0 {
        return false;
    }
    // ], line 87
    env.bra = env.cursor;
    // call R1, line 87
    if !r_R1(env, context) {
        return false;
    }
    // delete, line 111
    if !env.slice_del() {
        return false;
    }
    // call v_ending, line 112
    if !r_v_ending(env, context) {
        return false;
    }
    return true;
}

fn r_case_special(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 115
    // [, line 116
    env.ket = env.cursor;
    // substring, line 116
    among_var = env.find_among_b(A_5, context);
    if among_var == 0 {
        return false;
    }
    // ], line 116
    env.bra = env.cursor;
    // call R1, line 116
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 117
        // <-, line 117
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 118
        // <-, line 118
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 119
        // <-, line 119
        if !env.slice_from("a") {
            return false;
        }
    }
    return true;
}

fn r_case_other(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 123
    // [, line 124
    env.ket = env.cursor;
    // substring, line 124
    among_var = env.find_among_b(A_6, context);
    if among_var == 0 {
        return false;
    }
    // ], line 124
    env.bra = env.cursor;
    // call R1, line 124
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 125
        // delete, line 125
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 126
        // delete, line 126
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 3 {
        // (, line 127
        // <-, line 127
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 128
        // <-, line 128
        if !env.slice_from("e") {
            return false;
        }
    }
    return true;
}

fn r_factive(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 132
    // [, line 133
    env.ket = env.cursor;
    // substring, line 133
    among_var = env.find_among_b(A_7, context);
    if among_var == 0 {
        return false;
    }
    // ], line 133
    env.bra = env.cursor;
    // call R1, line 133
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 134
        // call double, line 134
        if !r_double(env, context) {
            return false;
        }
    } else if among_var == 2 {
        // (, line 135
        // call double, line 135
        if !r_double(env, context) {
            return false;
        }
    }
    // delete, line 137
    if !env.slice_del() {
        return false;
    }
    // call undouble, line 138
    if !r_undouble(env, context) {
        return false;
    }
    return true;
}

fn r_plural(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 141
    // [, line 142
    env.ket = env.cursor;
    // substring, line 142
    among_var = env.find_among_b(A_8, context);
    if among_var == 0 {
        return false;
    }
    // ], line 142
    env.bra = env.cursor;
    // call R1, line 142
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 143
        // <-, line 143
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 2 {
        // (, line 144
        // <-, line 144
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 145
        // delete, line 145
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 4 {
        // (, line 146
        // delete, line 146
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 5 {
        // (, line 147
        // delete, line 147
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 6 {
        // (, line 148
        // delete, line 148
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 7 {
        // (, line 149
        // delete, line 149
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_owned(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 153
    // [, line 154
    env.ket = env.cursor;
    // substring, line 154
    among_var = env.find_among_b(A_9, context);
    if among_var == 0 {
        return false;
    }
    // ], line 154
    env.bra = env.cursor;
    // call R1, line 154
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 155
        // delete, line 155
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 156
        // <-, line 156
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 157
        // <-, line 157
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 158
        // delete, line 158
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 5 {
        // (, line 159
        // <-, line 159
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 6 {
        // (, line 160
        // <-, line 160
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 7 {
        // (, line 161
        // delete, line 161
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 8 {
        // (, line 162
        // <-, line 162
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 9 {
        // (, line 163
        // delete, line 163
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_sing_owner(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 167
    // [, line 168
    env.ket = env.cursor;
    // substring, line 168
    among_var = env.find_among_b(A_10, context);
    if among_var == 0 {
        return false;
    }
    // ], line 168
    env.bra = env.cursor;
    // call R1, line 168
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 169
        // delete, line 169
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 170
        // <-, line 170
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 171
        // <-, line 171
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 172
        // delete, line 172
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 5 {
        // (, line 173
        // <-, line 173
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 6 {
        // (, line 174
        // <-, line 174
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 7 {
        // (, line 175
        // delete, line 175
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 8 {
        // (, line 176
        // delete, line 176
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 9 {
        // (, line 177
        // delete, line 177
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 10 {
        // (, line 178
        // <-, line 178
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 11 {
        // (, line 179
        // <-, line 179
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 12 {
        // (, line 180
        // delete, line 180
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 13 {
        // (, line 181
        // delete, line 181
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 14 {
        // (, line 182
        // <-, line 182
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 15 {
        // (, line 183
        // <-, line 183
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 16 {
        // (, line 184
        // delete, line 184
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 17 {
        // (, line 185
        // delete, line 185
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 18 {
        // (, line 186
        // delete, line 186
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 19 {
        // (, line 187
        // <-, line 187
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 20 {
        // (, line 188
        // <-, line 188
        if !env.slice_from("e") {
            return false;
        }
    }
    return true;
}

fn r_plur_owner(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 192
    // [, line 193
    env.ket = env.cursor;
    // substring, line 193
    among_var = env.find_among_b(A_11, context);
    if among_var == 0 {
        return false;
    }
    // ], line 193
    env.bra = env.cursor;
    // call R1, line 193
    if !r_R1(env, context) {
        return false;
    }
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 194
        // delete, line 194
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 195
        // <-, line 195
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 196
        // <-, line 196
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 197
        // delete, line 197
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 5 {
        // (, line 198
        // delete, line 198
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 6 {
        // (, line 199
        // delete, line 199
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 7 {
        // (, line 200
        // <-, line 200
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 8 {
        // (, line 201
        // <-, line 201
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 9 {
        // (, line 202
        // delete, line 202
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 10 {
        // (, line 203
        // delete, line 203
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 11 {
        // (, line 204
        // delete, line 204
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 12 {
        // (, line 205
        // <-, line 205
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 13 {
        // (, line 206
        // <-, line 206
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 14 {
        // (, line 207
        // delete, line 207
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 15 {
        // (, line 208
        // delete, line 208
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 16 {
        // (, line 209
        // delete, line 209
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 17 {
        // (, line 210
        // delete, line 210
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 18 {
        // (, line 211
        // <-, line 211
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 19 {
        // (, line 212
        // <-, line 212
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 20 {
        // (, line 214
        // delete, line 214
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 21 {
        // (, line 215
        // delete, line 215
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 22 {
        // (, line 216
        // <-, line 216
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 23 {
        // (, line 217
        // <-, line 217
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 24 {
        // (, line 218
        // delete, line 218
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 25 {
        // (, line 219
        // delete, line 219
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 26 {
        // (, line 220
        // delete, line 220
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 27 {
        // (, line 221
        // <-, line 221
        if !env.slice_from("a") {
            return false;
        }
    } else if among_var == 28 {
        // (, line 222
        // <-, line 222
        if !env.slice_from("e") {
            return false;
        }
    } else if among_var == 29 {
        // (, line 223
        // delete, line 223
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

pub fn stem(env: &mut SnowballEnv) -> bool {
    let mut context = &mut Context {
        i_p1: 0,
    };
    // (, line 228
    // do, line 229
    let v_1 = env.cursor;
    'lab0: loop {
        // call mark_regions, line 229
        if !r_mark_regions(env, context) {
            break 'lab0;
        }
        break 'lab0;
    }
    env.cursor = v_1;
    // backwards, line 230
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    // (, line 230
    // do, line 231
    let v_2 = env.limit - env.cursor;
    'lab1: loop {
        // call instrum, line 231
        if !r_instrum(env, context) {
            break 'lab1;
        }
        break 'lab1;
    }
    env.cursor = env.limit - v_2;
    // do, line 232
    let v_3 = env.limit - env.cursor;
    'lab2: loop {
        // call case, line 232
        if !r_case(env, context) {
            break 'lab2;
        }
        break 'lab2;
    }
    env.cursor = env.limit - v_3;
    // do, line 233
    let v_4 = env.limit - env.cursor;
    'lab3: loop {
        // call case_special, line 233
        if !r_case_special(env, context) {
            break 'lab3;
        }
        break 'lab3;
    }
    env.cursor = env.limit - v_4;
    // do, line 234
    let v_5 = env.limit - env.cursor;
    'lab4: loop {
        // call case_other, line 234
        if !r_case_other(env, context) {
            break 'lab4;
        }
        break 'lab4;
    }
    env.cursor = env.limit - v_5;
    // do, line 235
    let v_6 = env.limit - env.cursor;
    'lab5: loop {
        // call factive, line 235
        if !r_factive(env, context) {
            break 'lab5;
        }
        break 'lab5;
    }
    env.cursor = env.limit - v_6;
    // do, line 236
    let v_7 = env.limit - env.cursor;
    'lab6: loop {
        // call owned, line 236
        if !r_owned(env, context) {
            break 'lab6;
        }
        break 'lab6;
    }
    env.cursor = env.limit - v_7;
    // do, line 237
    let v_8 = env.limit - env.cursor;
    'lab7: loop {
        // call sing_owner, line 237
        if !r_sing_owner(env, context) {
            break 'lab7;
        }
        break 'lab7;
    }
    env.cursor = env.limit - v_8;
    // do, line 238
    let v_9 = env.limit - env.cursor;
    'lab8: loop {
        // call plur_owner, line 238
        if !r_plur_owner(env, context) {
            break 'lab8;
        }
        break 'lab8;
    }
    env.cursor = env.limit - v_9;
    // do, line 239
    let v_10 = env.limit - env.cursor;
    'lab9: loop {
        // call plural, line 239
        if !r_plural(env, context) {
            break 'lab9;
        }
        break 'lab9;
    }
    env.cursor = env.limit - v_10;
    env.cursor = env.limit_backward;
    return true;
}
