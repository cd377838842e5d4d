//! This file was generated automatically by the Snowball to Rust compiler
//! http://snowballstem.org/

#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]
#![allow(unused_variables)]
#![allow(unused_mut)]
use snowball::SnowballEnv;
use snowball::Among;

static A_0: &'static Among<Context> = &Among {
    data: b"%\x00\x01\x00\x05\x00\x09\x00\x10\x00\x14\x00\x16\x00\x17\x00\x1a\x00\x1e\x00\x22\x00%\x00)\x00+\x000\x004\x009\x00<\x00>\x00@\x00E\x00G\x00H\x00J\x00O\x00T\x00Y\x00[\x00_\x00d\x00g\x00l\x00r\x00v\x00x\x00}\x00\x80\x00\x83\x00\xff\x00\x00\x02\x00\xff\xff\x06\x06\x06\x06\x06\xff\x0c\x0c\x0c\xff\xff\xff\x12\xff\xff\x15\x16\x16\x16\x15\x1a\x1a\x15\x1d\x1d\x15\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01aarnaernaheternaornaadeadeandearneareasteenandenarenhetenernarerheterorsasarnasernasornasesadesandesensarenshetensernsatandethetast",
    methods: &[],
};

static A_1: &'static Among<Context> = &Among {
    data: b"\x07\x00\x02\x00\x04\x00\x06\x00\x08\x00\x0a\x00\x0c\x00\x0e\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xffddgdnndtgtkttt",
    methods: &[],
};

static A_2: &'static Among<Context> = &Among {
    data: b"\x05\x00\x02\x00\x05\x00\x08\x00\x0d\x00\x12\x00\xff\x00\xff\xff\xff\x01\x01\x01\x03\x02igligelsfulltl\xc3\xb6st",
    methods: &[],
};

static G_v: &'static [u8; 19] = &[17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 32];

static G_s_ending: &'static [u8; 3] = &[119, 127, 149];

#[derive(Clone)]
struct Context {
    i_x: usize,
    i_p1: usize,
}

fn r_mark_regions(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 26
    context.i_p1 = env.limit;
    // test, line 29
    let v_1 = env.cursor;
    // (, line 29
    // hop, line 29
    let c = env.byte_index_for_hop(3);
    if 0 as i32 > c || c > env.limit as i32 {
        return false;
    }
    env.cursor = c as usize;
    // setmark x, line 29
    context.i_x = env.cursor;
    env.cursor = v_1;
    // goto, line 30
    'golab0: loop {
        let v_2 = env.cursor;
        'lab1: loop {
            if !env.in_grouping(G_v, 97, 246) {
                break 'lab1;
            }
            env.cursor = v_2;
            break 'golab0;
        }
        env.cursor = v_2;
        if env.cursor >= env.limit {
            return false;
        }
        env.next_char();
    }
    // gopast, line 30
    'golab2: loop {
        'lab3: loop {
            if !env.out_grouping(G_v, 97, 246) {
                break 'lab3;
            }
            break 'golab2;
        }
        if env.cursor >= env.limit {
            return false;
        }
        env.next_char();
    }
    // setmark p1, line 30
    context.i_p1 = env.cursor;
    // try, line 31
    'lab4: loop {
        // (, line 31
        if !(context.i_p1 < context.i_x){
            break 'lab4;
        }
        context.i_p1 = context.i_x;
        break 'lab4;
    }
    return true;
}

fn r_main_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 36
    // setlimit, line 37
    let v_1 = env.limit - env.cursor;
    // tomark, line 37
    if env.cursor < context.i_p1 {
        return false;
    }
    env.cursor = context.i_p1;
    let v_2 = env.limit_backward;
    env.limit_backward = env.cursor;
    env.cursor = env.limit - v_1;
    // (, line 37
    // [, line 37
    env.ket = env.cursor;
    // substring, line 37
    among_var = env.find_among_b(A_0, context);
    if among_var == 0 {
        env.limit_backward = v_2;
        return false;
    }
    // ], line 37
    env.bra = env.cursor;
    env.limit_backward = v_2;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 44
        // delete, line 44
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 46
        if !env.in_grouping_b(G_s_ending, 98, 121) {
            return false;
        }
        // delete, line 46
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_consonant_pair(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // setlimit, line 50
    let v_1 = env.limit - env.cursor;
    // tomark, line 50
    if env.cursor < context.i_p1 {
        return false;
    }
    env.cursor = context.i_p1;
    let v_2 = env.limit_backward;
    env.limit_backward = env.cursor;
    env.cursor = env.limit - v_1;
    // (, line 50
    // and, line 52
    let v_3 = env.limit - env.cursor;
    // among, line 51
    if env.find_among_b(A_1, context) == 0 {
        env.limit_backward = v_2;
        return false;
    }
    env.cursor = env.limit - v_3;
    // (, line 52
    // [, line 52
    env.ket = env.cursor;
    // next, line 52
    if env.cursor <= env.limit_backward {
        env.limit_backward = v_2;
        return false;
    }
    env.previous_char();
    // ], line 52
    env.bra = env.cursor;
    // delete, line 52
    if !env.slice_del() {
        return false;
    }
    env.limit_backward = v_2;
    return true;
}

fn r_other_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // setlimit, line 55
    let v_1 = env.limit - env.cursor;
    // tomark, line 55
    if env.cursor < context.i_p1 {
        return false;
    }
    env.cursor = context.i_p1;
    let v_2 = env.limit_backward;
    env.limit_backward = env.cursor;
    env.cursor = env.limit - v_1;
    // (, line 55
    // [, line 56
    env.ket = env.cursor;
    // substring, line 56
    among_var = env.find_among_b(A_2, context);
    if among_var == 0 {
        env.limit_backward = v_2;
        return false;
    }
    // ], line 56
    env.bra = env.cursor;
    if among_var == 0 {
        env.limit_backward = v_2;
        return false;
    } else if among_var == 1 {
        // (, line 57
        // delete, line 57
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 58
        // <-, line 58
        if !env.slice_from("l\u{00F6}s") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 59
        // <-, line 59
        if !env.slice_from("full") {
            return false;
        }
    }
    env.limit_backward = v_2;
    return true;
}

pub fn stem(env: &mut SnowballEnv) -> bool {
    let mut context = &mut Context {
        i_x: 0,
        i_p1: 0,
    };
    // (, line 64
    // do, line 66
    let v_1 = env.cursor;
    'lab0: loop {
        // call mark_regions, line 66
        if !r_mark_regions(env, context) {
            break 'lab0;
        }
        break 'lab0;
    }
    env.cursor = v_1;
    // backwards, line 67
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    // (, line 67
    // do, line 68
    let v_2 = env.limit - env.cursor;
    'lab1: loop {
        // call main_suffix, line 68
        if !r_main_suffix(env, context) {
            break 'lab1;
        }
        break 'lab1;
    }
    env.cursor = env.limit - v_2;
    // do, line 69
    let v_3 = env.limit - env.cursor;
    'lab2: loop {
        // call consonant_pair, line 69
        if !r_consonant_pair(env, context) {
            break 'lab2;
        }
        break 'lab2;
    }
    env.cursor = env.limit - v_3;
    // do, line 70
    let v_4 = env.limit - env.cursor;
    'lab3: loop {
        // call other_suffix, line 70
        if !r_other_suffix(env, context) {
            break 'lab3;
        }
        break 'lab3;
    }
    env.cursor = env.limit - v_4;
    env.cursor = env.limit_backward;
    return true;
}
