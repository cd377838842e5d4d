//! This file was generated automatically by the Snowball to Rust compiler
//! http://snowballstem.org/

#![allow(non_upper_case_globals)]
#![allow(non_snake_case)]
#![allow(unused_variables)]
#![allow(unused_mut)]
use snowball::SnowballEnv;
use snowball::Among;

static A_0: &'static Among<Context> = &Among {
    data: b"\x03\x00\x00\x00\x02\x00\x04\x00\xff\x00\x00\x03\x01\x02\xc3\xa3\xc3\xb5",
    methods: &[],
};

static A_1: &'static Among<Context> = &Among {
    data: b"\x03\x00\x00\x00\x02\x00\x04\x00\xff\x00\x00\x03\x01\x02a~o~",
    methods: &[],
};

static A_2: &'static Among<Context> = &Among {
    data: b"\x04\x00\x02\x00\x04\x00\x06\x00\x08\x00\xff\xff\xff\xff\xff\xff\xff\x01icadosiv",
    methods: &[],
};

static A_3: &'static Among<Context> = &Among {
    data: b"\x03\x00\x04\x00\x08\x00\x0d\x00\xff\xff\xff\x01\x01\x01anteavel\xc3\xadvel",
    methods: &[],
};

static A_4: &'static Among<Context> = &Among {
    data: b"\x03\x00\x02\x00\x06\x00\x08\x00\xff\xff\xff\x01\x01\x01icabiliv",
    methods: &[],
};

static A_5: &'static Among<Context> = &Among {
    data: b"-\x00\x03\x00\x09\x00\x0f\x00\x14\x00\x17\x00\x1c\x00\x1f\x00#\x00&\x00)\x00.\x002\x007\x00=\x00B\x00G\x00J\x00N\x00Q\x00W\x00]\x00`\x00f\x00l\x00p\x00t\x00{\x00\x81\x00\x85\x00\x8b\x00\x8f\x00\x94\x00\x98\x00\x9c\x00\xa2\x00\xa8\x00\xad\x00\xb4\x00\xbb\x00\xbf\x00\xc4\x00\xc8\x00\xcf\x00\xd6\x00\xda\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x0c\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x04\x02\x09\x01\x01\x01\x08\x01\x07\x01\x06\x05\x01\x01\x01\x01\x01\x01\x01\x08\x01\x03\x01\x01\x04\x02\x09\x01\x01\x01\x08\x01\x07\x01\x01\x01\x03\x01\x01\x01\x01\x01\x08ica\xc3\xa2ncia\xc3\xaancialogiairaadoraosaistaivaezaidadeantementeamente\xc3\xa1vel\xc3\xadvelicoismoosoamentoimentoivoa\xc3\xa7a~ou\xc3\xa7a~oadoricas\xc3\xaanciaslogiasirasadorasosasistasivasezasidadesadoresantesa\xc3\xa7o~esu\xc3\xa7o~esicosismosososamentosimentosivos",
    methods: &[],
};

static A_6: &'static Among<Context> = &Among {
    data: b"x\x00\x03\x00\x06\x00\x08\x00\x0c\x00\x10\x00\x14\x00\x17\x00\x1a\x00\x1d\x00 \x00$\x00(\x00,\x000\x004\x008\x00:\x00>\x00B\x00F\x00H\x00K\x00P\x00U\x00Z\x00^\x00b\x00f\x00j\x00l\x00p\x00t\x00x\x00}\x00\x82\x00\x87\x00\x8a\x00\x8d\x00\x91\x00\x95\x00\x99\x00\x9e\x00\xa3\x00\xa8\x00\xaa\x00\xac\x00\xae\x00\xb0\x00\xb4\x00\xb8\x00\xbb\x00\xc0\x00\xc5\x00\xca\x00\xce\x00\xd2\x00\xd6\x00\xda\x00\xdc\x00\xe1\x00\xe6\x00\xeb\x00\xef\x00\xf3\x00\xf7\x00\xfc\x00\x01\x01\x06\x01\x0b\x01\x10\x01\x15\x01\x17\x01\x1a\x01\x1d\x01\x22\x01'\x01,\x012\x018\x01>\x01E\x01L\x01S\x01Y\x01^\x01e\x01l\x01s\x01w\x01{\x01\x7f\x01\x86\x01\x8d\x01\x94\x01\x9b\x01\xa1\x01\xa9\x01\xb1\x01\xb9\x01\xbd\x01\xc3\x01\xc9\x01\xcf\x01\xd7\x01\xdf\x01\xe7\x01\xeb\x01\xf0\x01\xf5\x01\xfa\x01\xff\x01\x04\x02\x09\x02\x0e\x02\x10\x02\x12\x02\x14\x02\x18\x02\x1c\x02 \x02\xff\xff\xff\x02\x02\x02\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x10\x10\x10\xff\x14\x15\x15\x15\x14\x14\x14\x14\xff\x1d\x1d\x1d\x1d\x1d\x1d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff///222////\xff::::::::::::\xffGGIIIIIIIIIIITTT\xff\xff\xffZZZZZ___\xffcccccc\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01adaidaiaariaeriairiaaraerairaavaasseesseisseasteesteisteeiareiereiireiamiamariameriamiriamarameramiramavamemaremeremiremassemessemissemadoidoandoendoindoara~oera~oira~oarerirasadasidasiasariaseriasiriasaraserasirasavasesardeserdesirdesareseresiresassesessesissesastesestesistesisaiseisareisereisireis\xc3\xa1reis\xc3\xa9reis\xc3\xadreis\xc3\xa1sseis\xc3\xa9sseis\xc3\xadsseis\xc3\xa1veis\xc3\xadeisar\xc3\xadeiser\xc3\xadeisir\xc3\xadeisadosidosamos\xc3\xa1ramos\xc3\xa9ramos\xc3\xadramos\xc3\xa1vamos\xc3\xadamosar\xc3\xadamoser\xc3\xadamosir\xc3\xadamosemosaremoseremosiremos\xc3\xa1ssemos\xc3\xaassemos\xc3\xadssemosimosarmosermosirmos\xc3\xa1mosar\xc3\xa1ser\xc3\xa1sir\xc3\xa1seuiuouar\xc3\xa1er\xc3\xa1ir\xc3\xa1",
    methods: &[],
};

static A_7: &'static Among<Context> = &Among {
    data: b"\x07\x00\x01\x00\x02\x00\x03\x00\x05\x00\x07\x00\x09\x00\x0b\x00\xff\xff\xff\xff\xff\xff\xff\x01\x01\x01\x01\x01\x01\x01aioos\xc3\xa1\xc3\xad\xc3\xb3",
    methods: &[],
};

static A_8: &'static Among<Context> = &Among {
    data: b"\x04\x00\x01\x00\x03\x00\x05\x00\x07\x00\xff\xff\xff\xff\x01\x02\x01\x01e\xc3\xa7\xc3\xa9\xc3\xaa",
    methods: &[],
};

static G_v: &'static [u8; 20] = &[17, 65, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 19, 12, 2];

#[derive(Clone)]
struct Context {
    i_p2: usize,
    i_p1: usize,
    i_pV: usize,
}

fn r_prelude(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // repeat, line 36
    'replab0: loop{
        let v_1 = env.cursor;
        'lab1: for _ in 0..1 {
            // (, line 36
            // [, line 37
            env.bra = env.cursor;
            // substring, line 37
            among_var = env.find_among(A_0, context);
            if among_var == 0 {
                break 'lab1;
            }
            // ], line 37
            env.ket = env.cursor;
            if among_var == 0 {
                break 'lab1;
            } else if among_var == 1 {
                // (, line 38
                // <-, line 38
                if !env.slice_from("a~") {
                    return false;
                }
            } else if among_var == 2 {
                // (, line 39
                // <-, line 39
                if !env.slice_from("o~") {
                    return false;
                }
            } else if among_var == 3 {
                // (, line 40
                // next, line 40
                if env.cursor >= env.limit {
                    break 'lab1;
                }
                env.next_char();
            }
            continue 'replab0;
        }
        env.cursor = v_1;
        break 'replab0;
    }
    return true;
}

fn r_mark_regions(env: &mut SnowballEnv, context: &mut Context) -> bool {
    // (, line 44
    context.i_pV = env.limit;
    context.i_p1 = env.limit;
    context.i_p2 = env.limit;
    // do, line 50
    let v_1 = env.cursor;
    'lab0: loop {
        // (, line 50
        // or, line 52
        'lab1: loop {
            let v_2 = env.cursor;
            'lab2: loop {
                // (, line 51
                if !env.in_grouping(G_v, 97, 250) {
                    break 'lab2;
                }
                // or, line 51
                'lab3: loop {
                    let v_3 = env.cursor;
                    'lab4: loop {
                        // (, line 51
                        if !env.out_grouping(G_v, 97, 250) {
                            break 'lab4;
                        }
                        // gopast, line 51
                        'golab5: loop {
                            'lab6: loop {
                                if !env.in_grouping(G_v, 97, 250) {
                                    break 'lab6;
                                }
                                break 'golab5;
                            }
                            if env.cursor >= env.limit {
                                break 'lab4;
                            }
                            env.next_char();
                        }
                        break 'lab3;
                    }
                    env.cursor = v_3;
                    // (, line 51
                    if !env.in_grouping(G_v, 97, 250) {
                        break 'lab2;
                    }
                    // gopast, line 51
                    'golab7: loop {
                        'lab8: loop {
                            if !env.out_grouping(G_v, 97, 250) {
                                break 'lab8;
                            }
                            break 'golab7;
                        }
                        if env.cursor >= env.limit {
                            break 'lab2;
                        }
                        env.next_char();
                    }
                    break 'lab3;
                }
                break 'lab1;
            }
            env.cursor = v_2;
            // (, line 53
            if !env.out_grouping(G_v, 97, 250) {
                break 'lab0;
            }
            // or, line 53
            'lab9: loop {
                let v_6 = env.cursor;
                'lab10: loop {
                    // (, line 53
                    if !env.out_grouping(G_v, 97, 250) {
                        break 'lab10;
                    }
                    // gopast, line 53
                    'golab11: loop {
                        'lab12: loop {
                            if !env.in_grouping(G_v, 97, 250) {
                                break 'lab12;
                            }
                            break 'golab11;
                        }
                        if env.cursor >= env.limit {
                            break 'lab10;
                        }
                        env.next_char();
                    }
                    break 'lab9;
                }
                env.cursor = v_6;
                // (, line 53
                if !env.in_grouping(G_v, 97, 250) {
                    break 'lab0;
                }
                // next, line 53
                if env.cursor >= env.limit {
                    break 'lab0;
                }
                env.next_char();
                break 'lab9;
            }
            break 'lab1;
        }
        // setmark pV, line 54
        context.i_pV = env.cursor;
        break 'lab0;
    }
    env.cursor = v_1;
    // do, line 56
    let v_8 = env.cursor;
    'lab13: loop {
        // (, line 56
        // gopast, line 57
        'golab14: loop {
            'lab15: loop {
                if !env.in_grouping(G_v, 97, 250) {
                    break 'lab15;
                }
                break 'golab14;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // gopast, line 57
        'golab16: loop {
            'lab17: loop {
                if !env.out_grouping(G_v, 97, 250) {
                    break 'lab17;
                }
                break 'golab16;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // setmark p1, line 57
        context.i_p1 = env.cursor;
        // gopast, line 58
        'golab18: loop {
            'lab19: loop {
                if !env.in_grouping(G_v, 97, 250) {
                    break 'lab19;
                }
                break 'golab18;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // gopast, line 58
        'golab20: loop {
            'lab21: loop {
                if !env.out_grouping(G_v, 97, 250) {
                    break 'lab21;
                }
                break 'golab20;
            }
            if env.cursor >= env.limit {
                break 'lab13;
            }
            env.next_char();
        }
        // setmark p2, line 58
        context.i_p2 = env.cursor;
        break 'lab13;
    }
    env.cursor = v_8;
    return true;
}

fn r_postlude(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // repeat, line 62
    'replab0: loop{
        let v_1 = env.cursor;
        'lab1: for _ in 0..1 {
            // (, line 62
            // [, line 63
            env.bra = env.cursor;
            // substring, line 63
            among_var = env.find_among(A_1, context);
            if among_var == 0 {
                break 'lab1;
            }
            // ], line 63
            env.ket = env.cursor;
            if among_var == 0 {
                break 'lab1;
            } else if among_var == 1 {
                // (, line 64
                // <-, line 64
                if !env.slice_from("\u{00E3}") {
                    return false;
                }
            } else if among_var == 2 {
                // (, line 65
                // <-, line 65
                if !env.slice_from("\u{00F5}") {
                    return false;
                }
            } else if among_var == 3 {
                // (, line 66
                // next, line 66
                if env.cursor >= env.limit {
                    break 'lab1;
                }
                env.next_char();
            }
            continue 'replab0;
        }
        env.cursor = v_1;
        break 'replab0;
    }
    return true;
}

fn r_RV(env: &mut SnowballEnv, context: &mut Context) -> bool {
    if !(context.i_pV <= env.cursor){
        return false;
    }
    return true;
}

fn r_R1(env: &mut SnowballEnv, context: &mut Context) -> bool {
    if !(context.i_p1 <= env.cursor){
        return false;
    }
    return true;
}

fn r_R2(env: &mut SnowballEnv, context: &mut Context) -> bool {
    if !(context.i_p2 <= env.cursor){
        return false;
    }
    return true;
}

fn r_standard_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 76
    // [, line 77
    env.ket = env.cursor;
    // substring, line 77
    among_var = env.find_among_b(A_5, context);
    if among_var == 0 {
        return false;
    }
    // ], line 77
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 92
        // call R2, line 93
        if !r_R2(env, context) {
            return false;
        }
        // delete, line 93
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 97
        // call R2, line 98
        if !r_R2(env, context) {
            return false;
        }
        // <-, line 98
        if !env.slice_from("log") {
            return false;
        }
    } else if among_var == 3 {
        // (, line 101
        // call R2, line 102
        if !r_R2(env, context) {
            return false;
        }
        // <-, line 102
        if !env.slice_from("u") {
            return false;
        }
    } else if among_var == 4 {
        // (, line 105
        // call R2, line 106
        if !r_R2(env, context) {
            return false;
        }
        // <-, line 106
        if !env.slice_from("ente") {
            return false;
        }
    } else if among_var == 5 {
        // (, line 109
        // call R1, line 110
        if !r_R1(env, context) {
            return false;
        }
        // delete, line 110
        if !env.slice_del() {
            return false;
        }
        // try, line 111
        let v_1 = env.limit - env.cursor;
        'lab0: loop {
            // (, line 111
            // [, line 112
            env.ket = env.cursor;
            // substring, line 112
            among_var = env.find_among_b(A_2, context);
            if among_var == 0 {
                env.cursor = env.limit - v_1;
                break 'lab0;
            }
            // ], line 112
            env.bra = env.cursor;
            // call R2, line 112
            if !r_R2(env, context) {
                env.cursor = env.limit - v_1;
                break 'lab0;
            }
            // delete, line 112
            if !env.slice_del() {
                return false;
            }
            if among_var == 0 {
                env.cursor = env.limit - v_1;
                break 'lab0;
            } else if among_var == 1 {
                // (, line 113
                // [, line 113
                env.ket = env.cursor;
                // literal, line 113
                if !env.eq_s_b(&"at") {
                    env.cursor = env.limit - v_1;
                    break 'lab0;
                }
                // ], line 113
                env.bra = env.cursor;
                // call R2, line 113
                if !r_R2(env, context) {
                    env.cursor = env.limit - v_1;
                    break 'lab0;
                }
                // delete, line 113
                if !env.slice_del() {
                    return false;
                }
            }
            break 'lab0;
        }
    } else if among_var == 6 {
        // (, line 121
        // call R2, line 122
        if !r_R2(env, context) {
            return false;
        }
        // delete, line 122
        if !env.slice_del() {
            return false;
        }
        // try, line 123
        let v_2 = env.limit - env.cursor;
        'lab1: loop {
            // (, line 123
            // [, line 124
            env.ket = env.cursor;
            // substring, line 124
            among_var = env.find_among_b(A_3, context);
            if among_var == 0 {
                env.cursor = env.limit - v_2;
                break 'lab1;
            }
            // ], line 124
            env.bra = env.cursor;
            if among_var == 0 {
                env.cursor = env.limit - v_2;
                break 'lab1;
            } else if among_var == 1 {
                // (, line 127
                // call R2, line 127
                if !r_R2(env, context) {
                    env.cursor = env.limit - v_2;
                    break 'lab1;
                }
                // delete, line 127
                if !env.slice_del() {
                    return false;
                }
            }
            break 'lab1;
        }
    } else if among_var == 7 {
        // (, line 133
        // call R2, line 134
        if !r_R2(env, context) {
            return false;
        }
        // delete, line 134
        if !env.slice_del() {
            return false;
        }
        // try, line 135
        let v_3 = env.limit - env.cursor;
        'lab2: loop {
            // (, line 135
            // [, line 136
            env.ket = env.cursor;
            // substring, line 136
            among_var = env.find_among_b(A_4, context);
            if among_var == 0 {
                env.cursor = env.limit - v_3;
                break 'lab2;
            }
            // ], line 136
            env.bra = env.cursor;
            if among_var == 0 {
                env.cursor = env.limit - v_3;
                break 'lab2;
            } else if among_var == 1 {
                // (, line 139
                // call R2, line 139
                if !r_R2(env, context) {
                    env.cursor = env.limit - v_3;
                    break 'lab2;
                }
                // delete, line 139
                if !env.slice_del() {
                    return false;
                }
            }
            break 'lab2;
        }
    } else if among_var == 8 {
        // (, line 145
        // call R2, line 146
        if !r_R2(env, context) {
            return false;
        }
        // delete, line 146
        if !env.slice_del() {
            return false;
        }
        // try, line 147
        let v_4 = env.limit - env.cursor;
        'lab3: loop {
            // (, line 147
            // [, line 148
            env.ket = env.cursor;
            // literal, line 148
            if !env.eq_s_b(&"at") {
                env.cursor = env.limit - v_4;
                break 'lab3;
            }
            // ], line 148
            env.bra = env.cursor;
            // call R2, line 148
            if !r_R2(env, context) {
                env.cursor = env.limit - v_4;
                break 'lab3;
            }
            // delete, line 148
            if !env.slice_del() {
                return false;
            }
            break 'lab3;
        }
    } else if among_var == 9 {
        // (, line 152
        // call RV, line 153
        if !r_RV(env, context) {
            return false;
        }
        // literal, line 153
        if !env.eq_s_b(&"e") {
            return false;
        }
        // <-, line 154
        if !env.slice_from("ir") {
            return false;
        }
    }
    return true;
}

fn r_verb_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // setlimit, line 159
    let v_1 = env.limit - env.cursor;
    // tomark, line 159
    if env.cursor < context.i_pV {
        return false;
    }
    env.cursor = context.i_pV;
    let v_2 = env.limit_backward;
    env.limit_backward = env.cursor;
    env.cursor = env.limit - v_1;
    // (, line 159
    // [, line 160
    env.ket = env.cursor;
    // substring, line 160
    among_var = env.find_among_b(A_6, context);
    if among_var == 0 {
        env.limit_backward = v_2;
        return false;
    }
    // ], line 160
    env.bra = env.cursor;
    if among_var == 0 {
        env.limit_backward = v_2;
        return false;
    } else if among_var == 1 {
        // (, line 179
        // delete, line 179
        if !env.slice_del() {
            return false;
        }
    }
    env.limit_backward = v_2;
    return true;
}

fn r_residual_suffix(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 183
    // [, line 184
    env.ket = env.cursor;
    // substring, line 184
    among_var = env.find_among_b(A_7, context);
    if among_var == 0 {
        return false;
    }
    // ], line 184
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 187
        // call RV, line 187
        if !r_RV(env, context) {
            return false;
        }
        // delete, line 187
        if !env.slice_del() {
            return false;
        }
    }
    return true;
}

fn r_residual_form(env: &mut SnowballEnv, context: &mut Context) -> bool {
    let mut among_var;
    // (, line 191
    // [, line 192
    env.ket = env.cursor;
    // substring, line 192
    among_var = env.find_among_b(A_8, context);
    if among_var == 0 {
        return false;
    }
    // ], line 192
    env.bra = env.cursor;
    if among_var == 0 {
        return false;
    } else if among_var == 1 {
        // (, line 194
        // call RV, line 194
        if !r_RV(env, context) {
            return false;
        }
        // delete, line 194
        if !env.slice_del() {
            return false;
        }
        // [, line 194
        env.ket = env.cursor;
        // or, line 194
        'lab0: loop {
            let v_1 = env.limit - env.cursor;
            'lab1: loop {
                // (, line 194
                // literal, line 194
                if !env.eq_s_b(&"u") {
                    break 'lab1;
                }
                // ], line 194
                env.bra = env.cursor;
                // test, line 194
                let v_2 = env.limit - env.cursor;
                // literal, line 194
                if !env.eq_s_b(&"g") {
                    break 'lab1;
                }
                env.cursor = env.limit - v_2;
                break 'lab0;
            }
            env.cursor = env.limit - v_1;
            // (, line 195
            // literal, line 195
            if !env.eq_s_b(&"i") {
                return false;
            }
            // ], line 195
            env.bra = env.cursor;
            // test, line 195
            let v_3 = env.limit - env.cursor;
            // literal, line 195
            if !env.eq_s_b(&"c") {
                return false;
            }
            env.cursor = env.limit - v_3;
            break 'lab0;
        }
        // call RV, line 195
        if !r_RV(env, context) {
            return false;
        }
        // delete, line 195
        if !env.slice_del() {
            return false;
        }
    } else if among_var == 2 {
        // (, line 196
        // <-, line 196
        if !env.slice_from("c") {
            return false;
        }
    }
    return true;
}

pub fn stem(env: &mut SnowballEnv) -> bool {
    let mut context = &mut Context {
        i_p2: 0,
        i_p1: 0,
        i_pV: 0,
    };
    // (, line 201
    // do, line 202
    let v_1 = env.cursor;
    'lab0: loop {
        // call prelude, line 202
        if !r_prelude(env, context) {
            break 'lab0;
        }
        break 'lab0;
    }
    env.cursor = v_1;
    // do, line 203
    let v_2 = env.cursor;
    'lab1: loop {
        // call mark_regions, line 203
        if !r_mark_regions(env, context) {
            break 'lab1;
        }
        break 'lab1;
    }
    env.cursor = v_2;
    // backwards, line 204
    env.limit_backward = env.cursor;
    env.cursor = env.limit;
    // (, line 204
    // do, line 205
    let v_3 = env.limit - env.cursor;
    'lab2: loop {
        // (, line 205
        // or, line 209
        'lab3: loop {
            let v_4 = env.limit - env.cursor;
            'lab4: loop {
                // (, line 206
                // and, line 207
                let v_5 = env.limit - env.cursor;
                // (, line 206
                // or, line 206
                'lab5: loop {
                    let v_6 = env.limit - env.cursor;
                    'lab6: loop {
                        // call standard_suffix, line 206
                        if !r_standard_suffix(env, context) {
                            break 'lab6;
                        }
                        break 'lab5;
                    }
                    env.cursor = env.limit - v_6;
                    // call verb_suffix, line 206
                    if !r_verb_suffix(env, context) {
                        break 'lab4;
                    }
                    break 'lab5;
                }
                env.cursor = env.limit - v_5;
                // do, line 207
                let v_7 = env.limit - env.cursor;
                'lab7: loop {
                    // (, line 207
                    // [, line 207
                    env.ket = env.cursor;
                    // literal, line 207
                    if !env.eq_s_b(&"i") {
                        break 'lab7;
                    }
                    // ], line 207
                    env.bra = env.cursor;
                    // test, line 207
                    let v_8 = env.limit - env.cursor;
                    // literal, line 207
                    if !env.eq_s_b(&"c") {
                        break 'lab7;
                    }
                    env.cursor = env.limit - v_8;
                    // call RV, line 207
                    if !r_RV(env, context) {
                        break 'lab7;
                    }
                    // delete, line 207
                    if !env.slice_del() {
                        return false;
                    }
                    break 'lab7;
                }
                env.cursor = env.limit - v_7;
                break 'lab3;
            }
            env.cursor = env.limit - v_4;
            // call residual_suffix, line 209
            if !r_residual_suffix(env, context) {
                break 'lab2;
            }
            break 'lab3;
        }
        break 'lab2;
    }
    env.cursor = env.limit - v_3;
    // do, line 211
    let v_9 = env.limit - env.cursor;
    'lab8: loop {
        // call residual_form, line 211
        if !r_residual_form(env, context) {
            break 'lab8;
        }
        break 'lab8;
    }
    env.cursor = env.limit - v_9;
    env.cursor = env.limit_backward;
    // do, line 213
    let v_10 = env.cursor;
    'lab9: loop {
        // call postlude, line 213
        if !r_postlude(env, context) {
            break 'lab9;
        }
        break 'lab9;
    }
    env.cursor = v_10;
    return true;
}
