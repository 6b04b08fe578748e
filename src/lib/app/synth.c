/* synth.c — synthetic reports with the real file's shape (see
 * claimtriage/synth.h; the figures behind every constant are in docs/synth.md).
 *
 * Random numbers: stream 0 of claimtriage/rng.h (GSL's MT19937, Matsumoto &
 * Nishimura 1998) through ct_rng_uniform / ct_rng_uniform_int / ct_rng_flat,
 * categorical draws by Walker's alias method (ct_rng_discrete, Walker 1977). Only uniform draws and IEEE-754
 * arithmetic are used, so the output is byte-identical across machines.
 *
 * Identifiers: a 4-round balanced Feistel network over 34-bit values with
 * cycle-walking onto [0, 9e9) (Black & Rogaway 2002, "Ciphers with arbitrary
 * finite domains") maps row numbers to distinct 10-digit video ids without a
 * table, so memory stays constant.
 *
 * Text: an opener whose wording depends on the class, then a statement built
 * from templates and word lists written for this generator. No text of the
 * real file is used.
 */
#include "claimtriage/synth.h"

#include <assert.h>
#include <errno.h>
#include <string.h>

#include "claimtriage/rng.h"

/* ------------------------------------------------------------ word lists */

typedef struct word {
    const char *s;
    size_t n;
} word;
#define W(x)                                                                                       \
    {                                                                                              \
        x, sizeof(x) - 1                                                                           \
    }
#define NW(a) (sizeof(a) / sizeof((a)[0]))

/* Claim openers: somebody came across the statement somewhere. Every claim
 * opener contains one of these source verbs; no opinion opener does (the
 * unit tests rely on it to tell wording apart). */
static const word c_subj[] = {W("i"),         W("a friend"),        W("a colleague"),
                              W("someone"),   W("my neighbour"),    W("a coworker"),
                              W("my cousin"), W("an acquaintance"), W("a classmate")};
static const word c_verb[] = {W("read"), W("learned"),   W("discovered"), W("heard"),
                              W("saw"),  W("found out"), W("picked up")};
static const word c_source[] = {W("online"),
                                W("in the media"),
                                W("on the radio"),
                                W("on the news"),
                                W("in a newspaper"),
                                W("on a podcast"),
                                W("on social media"),
                                W("in a magazine"),
                                W("on a forum"),
                                W("in a documentary"),
                                W("on a website"),
                                W("in a group chat"),
                                W("on a discussion board"),
                                W("on television")};
static const word c_found[] = {W("found"), W("came across"), W("spotted"),
                               W("read"),  W("located"),     W("noticed")};
static const word c_doc[] = {W("a report"), W("a story"), W("a post"),      W("an article"),
                             W("a thread"), W("a video"), W("a news clip"), W("a study")};
static const word c_mention[] = {W("mentioning"), W("saying"),     W("stating"),
                                 W("explaining"), W("suggesting"), W("revealing")};
static const word c_media[] = {W("the news"),  W("a news anchor"),     W("a radio host"),
                               W("a blogger"), W("an online article"), W("the evening paper"),
                               W("a friend"),  W("a colleague"),       W("someone")};
static const word c_said[] = {W("told me"),        W("reported"),   W("claimed"),
                              W("stated"),         W("announced"),  W("mentioned"),
                              W("shared with me"), W("messaged me")};

/* Opinion openers: somebody holds a view. */
static const word o_owner[] = {W("my"),
                               W("our"),
                               W("my family's"),
                               W("my friends'"),
                               W("my colleagues'"),
                               W("my neighbours'"),
                               W("my team's"),
                               W("my partner's"),
                               W("my family’s")};
static const word o_noun[] = {
    W("view"),          W("belief"),    W("opinion"),       W("impression"),  W("feeling"),
    W("sense"),         W("guess"),     W("hunch"),         W("position"),    W("take"),
    W("understanding"), W("suspicion"), W("point of view"), W("gut feeling"), W("hypothesis")};
/* Subjects with grammatical person: 0 = "i", 1 = third singular, 2 = plural. */
static const word o_subj[] = {
    W("i"),       W("we"),         W("my family"), W("my friends"), W("my colleagues"),
    W("my team"), W("my parents"), W("my partner")};
static const int o_subj_person[] = {0, 2, 1, 2, 2, 1, 2, 1};
static const word o_verb[][2] = {{W("think"), W("thinks")},
                                 {W("believe"), W("believes")},
                                 {W("feel"), W("feels")},
                                 {W("suspect"), W("suspects")},
                                 {W("guess"), W("guesses")},
                                 {W("reckon"), W("reckons")},
                                 {W("would argue"), W("would argue")},
                                 {W("tend to think"), W("tends to think")},
                                 {W("assume"), W("assumes")},
                                 {W("are inclined to think"), W("is inclined to think")}};
static const word o_be[] = {W("am"), W("is"), W("are")};
static const word o_adj[] = {W("willing to bet"), W("pretty sure"),    W("fairly certain"),
                             W("convinced"),      W("not convinced"),  W("doubtful"),
                             W("of the opinion"), W("quite confident")};

/* Statements. */
static const word f_animal[] = {W("octopus"),  W("hummingbird"), W("camel"),    W("dolphin"),
                                W("giraffe"),  W("honeybee"),    W("penguin"),  W("snail"),
                                W("owl"),      W("koala"),       W("squid"),    W("sloth"),
                                W("ostrich"),  W("jellyfish"),   W("crow"),     W("elephant"),
                                W("seahorse"), W("tortoise"),    W("flamingo"), W("salamander")};
/* ability, unit and the largest number drawn (from 2) between them */
typedef struct ability {
    word verb, unit;
    unsigned long max;
} ability;
static const ability f_ability[] = {{W("hold its breath for"), W("minutes"), 90},
                                    {W("run at"), W("miles per hour"), 70},
                                    {W("sleep for"), W("hours a day"), 22},
                                    {W("live for more than"), W("years"), 200},
                                    {W("swim"), W("miles without stopping"), 120},
                                    {W("hear sounds from"), W("miles away"), 30},
                                    {W("jump"), W("feet into the air"), 40},
                                    {W("go without water for"), W("days"), 60},
                                    {W("remember faces for"), W("years"), 25},
                                    {W("eat"), W("meals in a single day"), 15},
                                    {W("dive down"), W("meters below the surface"), 900}};
static const word f_group[] = {W("adults"),    W("teenagers"),  W("office workers"),
                               W("drivers"),   W("pet owners"), W("people in cities"),
                               W("students"),  W("shoppers"),   W("gamers"),
                               W("travelers"), W("retirees"),   W("parents")};
static const word f_habit[] = {W("have never seen the ocean"),
                               W("sleep with a fan on"),
                               W("check their phone before breakfast"),
                               W("cannot name a single planet"),
                               W("prefer tea to coffee"),
                               W("sing while driving"),
                               W("talk to their plants"),
                               W("skip breakfast on weekdays"),
                               W("own more than one umbrella"),
                               W("forget their passwords every month"),
                               W("read the last page of a book first"),
                               W("have never ridden a horse")};
static const word f_place[] = {W("iceland"),  W("peru"),        W("canada"),
                               W("mongolia"), W("norway"),      W("a tiny island in the pacific"),
                               W("tokyo"),    W("new zealand"), W("finland"),
                               W("texas"),    W("chile"),       W("portugal"),
                               W("kenya"),    W("the alps"),    W("a village in scotland")};
static const word f_more[] = {W("more"), W("fewer")};
static const word f_things[] = {W("sheep"),     W("bicycles"),         W("lakes"),   W("libraries"),
                                W("volcanoes"), W("vending machines"), W("islands"), W("saunas"),
                                W("bridges"),   W("lighthouses")};
static const word f_other[] = {W("people"),       W("cars"),      W("trees"), W("schools"),
                               W("streetlights"), W("hospitals"), W("taxis")};
static const word f_world[] = {W("the world's"), W("the planet's"), W("the world’s"), W("earth's")};
static const word f_super[] = {W("oldest"),  W("tallest"),  W("longest"),
                               W("largest"), W("smallest"), W("deepest"),
                               W("busiest"), W("quietest"), W("coldest")};
static const word f_object[] = {W("library"),       W("bridge"),      W("lake"),   W("tree"),
                                W("train station"), W("lighthouse"),  W("market"), W("cave"),
                                W("waterfall"),     W("clock tower"), W("hotel"),  W("desert")};
static const word f_where[] = {W("is found in"), W("was built in"), W("is located in"),
                               W("sits in"), W("can be visited in")};
static const word f_invention[] = {
    W("the zipper"),   W("paper money"), W("the pocket watch"), W("the umbrella"),
    W("chewing gum"),  W("the bicycle"), W("toothpaste"),       W("the vending machine"),
    W("the elevator"), W("frozen food"), W("the typewriter")};
static const word f_made[] = {W("made"), W("sold"), W("used"), W("patented")};
static const word f_maker[] = {W("a group of monks"), W("a schoolteacher"), W("two brothers"),
                               W("a sailor"),         W("a baker"),         W("a teenager"),
                               W("a retired nurse")};
static const word f_avg[] = {W("a single"), W("one"), W("the average")};
/* thing, predicate, unit and the largest number drawn (from 2) */
typedef struct measure {
    word thing, verb, unit;
    unsigned long max;
} measure;
static const measure f_measure[] = {
    {W("cloud"), W("weighs"), W("tons"), 900},
    {W("lightning bolt"), W("lasts"), W("milliseconds"), 300},
    {W("honeybee"), W("visits"), W("flowers a day"), 5000},
    {W("human heart"), W("beats"), W("thousand times a day"), 120},
    {W("strawberry"), W("carries"), W("seeds on its skin"), 250},
    {W("pencil"), W("can draw a line"), W("miles long"), 40},
    {W("oak tree"), W("drinks"), W("liters of water a day"), 400},
    {W("snowflake"), W("takes"), W("minutes to reach the ground"), 60},
    {W("house cat"), W("spends"), W("hours a day asleep"), 20},
    {W("person"), W("walks"), W("thousand steps a week"), 90}};
static const word f_qual[] = {W("about"), W("roughly"), W("more than"), W("less than"),
                              W("nearly")};
static const word f_animals[] = {W("octopuses"), W("camels"),    W("penguins"), W("owls"),
                                 W("koalas"),    W("flamingos"), W("sloths"),   W("crows"),
                                 W("dolphins"),  W("goats"),     W("snails"),   W("ostriches")};
static const word f_modal[] = {W("cannot"), W("never"), W("rarely"), W("can"), W("often")};
static const word f_action[] = {W("walk backwards"),        W("see the color red"),
                                W("recognize human faces"), W("sleep with both eyes closed"),
                                W("swim in salt water"),    W("remember a route for years"),
                                W("taste sweet food"),      W("stand on one leg for hours"),
                                W("count past four"),       W("recognize their own reflection")};
static const word f_nick[] = {W("the old giant"), W("the silent one"),   W("the blue window"),
                              W("the iron lady"), W("the sleeping cat"), W("the long ladder")};
static const word f_tail[] = {W(" every year"), W(" on average"),    W(" in the summer"),
                              W(" these days"), W(" in most years"), W(" since the 1990s")};
static const word f_who[] = {W("scientists"), W("most people"), W("teachers"),
                             W("historians"), W("locals"),      W("tourists")};
static const word f_react[] = {W("still argue about it"), W("are only now noticing"),
                               W("have known it for decades"), W("rarely talk about it"),
                               W("find it hard to believe")};
static const word f_source[] = {W("a survey"), W("researchers"), W("a recent study"), W("experts"),
                                W("a museum guide")};

/* ------------------------------------------------------------ modelled figures */

/* Per-class engagement, all from /work/shared/data/tiktok_dataset.csv (see
 * docs/synth.md): views uniform on [view_lo, view_hi]; likes = views *
 * U(0, like_max); shares = likes * U(0, 0.4); downloads = likes * U(0, 0.025);
 * comments = downloads * U(0, comment_max); each rounded to nearest. */
typedef struct engagement {
    double view_lo, view_hi, like_max, comment_max;
} engagement;
static const engagement eng_claim = {1000.0, 1000000.0, 2.0 / 3.0, 2.0 / 3.0};
static const engagement eng_opinion = {20.0, 10000.0, 4.0 / 9.0, 0.4};
#define SHARE_MAX 0.4
#define DOWNLOAD_MAX 0.025

/* Joint (verified, ban status) counts of the real file, order: not verified x
 * {active, under review, banned}, verified x {active, under review, banned}. */
static const double vb_claim[6] = {6407, 1575, 1417, 159, 28, 22};
static const double vb_opinion[6] = {7898, 414, 173, 919, 49, 23};
static const double vb_missing[6] = {244, 11, 3, 36, 3, 1};
static const word vb_text[6] = {W("not verified,active"),   W("not verified,under review"),
                                W("not verified,banned"),   W("verified,active"),
                                W("verified,under review"), W("verified,banned")};

#define DURATION_MIN 5
#define DURATION_SPAN 56 /* 5..60 s */
#define ID_BASE 1000000000ULL
#define ID_SPAN 9000000000ULL /* 10-digit numbers */
#define ID_HALF_BITS 17       /* Feistel halves: 2 * 17 = 34 bits >= log2(9e9) */
#define ID_ROUNDS 4
#define TEXT_MAX 512
/* Shares of the optional text parts, tuned so the text lengths come near the
 * real file's (claims 95.4, opinions 82.7 characters on average). */
#define CLAUSE_RATE 0.18
/* Texts with a comma or a double quote (quoted CSV fields): the real file has
 * 1,594 texts of 19,084 with a comma and 298 with a double quote. */
#define NICKNAME_RATE 0.016
#define SOURCE_TAIL_RATE 0.085
#define CLAIM_ANCHOR_RATE 0.5

static const char synth_header[] =
    "#,claim_status,video_id,video_duration_sec,video_transcription_text,verified_status,"
    "author_ban_status,video_view_count,video_like_count,video_share_count,"
    "video_download_count,video_comment_count\n";

struct ct_synth {
    ct_synth_options opt;
    ct_rng *rng;
    ct_rng_discrete *vb[3]; /* claim, opinion, missing */
    uint64_t key[ID_ROUNDS];
    uint64_t row;
};

/* ------------------------------------------------------------ options */

ct_synth_options ct_synth_options_default(void)
{
    ct_synth_options o;
    memset(&o, 0, sizeof o);
    o.seed = 42;
    o.noise = 0.0;
    o.missing_rate = CT_SYNTH_MISSING_RATE;
    o.claim_rate = CT_SYNTH_CLAIM_RATE;
    o.progress_every = 65536;
    return o;
}

const char *ct_synth_options_check(const ct_synth_options *o)
{
    if (!o)
        return "options are NULL";
    /* written so that NaN fails too */
    if (!(o->noise >= 0.0 && o->noise <= 1.0))
        return "noise must be between 0 and 1";
    if (!(o->missing_rate >= 0.0 && o->missing_rate <= 1.0))
        return "missing_rate must be between 0 and 1";
    if (!(o->claim_rate >= 0.0 && o->claim_rate <= 1.0))
        return "claim_rate must be between 0 and 1";
    if (o->progress_every == 0)
        return "progress_every must be at least 1";
    return NULL;
}

/* ------------------------------------------------------------ generator */

/* SplitMix64 finaliser (Steele, Lea & Flood 2014): a strong 64-bit mixer. */
static uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

ct_status ct_synth_create(const ct_synth_options *opt, ct_synth **out, ct_diag *diag)
{
    *out = NULL;
    ct_synth_options o = opt ? *opt : ct_synth_options_default();
    const char *msg = ct_synth_options_check(&o);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    ct_synth *g = ct_calloc(1, sizeof *g);
    if (!g)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    g->opt = o;
    /* MT19937 takes a 32-bit seed: fold a mixed 64-bit seed into it, and
     * draw from stream 0 of that seed (the generator's draws since 0.1). */
    const uint64_t m = mix64(o.seed);
    if (ct_rng_create((m ^ (m >> 32)) & 0xffffffffULL, 0, &g->rng) ||
        ct_rng_discrete_create(vb_claim, 6, &g->vb[0]) ||
        ct_rng_discrete_create(vb_opinion, 6, &g->vb[1]) ||
        ct_rng_discrete_create(vb_missing, 6, &g->vb[2])) {
        ct_synth_destroy(g);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (int k = 0; k < ID_ROUNDS; k++)
        g->key[k] = mix64(o.seed ^ mix64(0x5851f42d4c957f2dULL + (uint64_t)k));
    *out = g;
    return CT_OK;
}

void ct_synth_destroy(ct_synth *g)
{
    if (!g)
        return;
    for (int k = 0; k < 3; k++)
        ct_rng_discrete_destroy(g->vb[k]);
    ct_rng_destroy(g->rng);
    ct_free(g);
}

const char *ct_synth_header(size_t *len)
{
    if (len)
        *len = sizeof synth_header - 1;
    return synth_header;
}

uint64_t ct_synth_rows(const ct_synth *g) { return g->row; }

/* Keyed permutation of [0, ID_SPAN): Feistel network on 34 bits, applied
 * again while the result falls outside the domain (cycle-walking, Black &
 * Rogaway 2002). It terminates because the permutation's cycle through x
 * returns into the domain at x itself. */
static uint64_t permute_id(const ct_synth *g, uint64_t x)
{
    const uint64_t mask = (1ULL << ID_HALF_BITS) - 1;
    do {
        uint64_t l = x >> ID_HALF_BITS, r = x & mask;
        for (int k = 0; k < ID_ROUNDS; k++) {
            uint64_t t = l ^ (mix64(r ^ g->key[k]) & mask);
            l = r;
            r = t;
        }
        x = (l << ID_HALF_BITS) | r;
    } while (x >= ID_SPAN);
    return x;
}

static size_t pick(ct_synth *g, size_t n) { return (size_t)ct_rng_uniform_int(g->rng, n); }

static char *put(char *p, const word *w)
{
    memcpy(p, w->s, w->n);
    return p + w->n;
}

static char *put_pick(ct_synth *g, char *p, const word *list, size_t n)
{
    return put(p, &list[pick(g, n)]);
}

static char *put_str(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

#define PUT_LIT(p, lit) put_str((p), (lit), sizeof(lit) - 1)
#define PUT_PICK(g, p, list) put_pick((g), (p), (list), NW(list))

/* Decimal digits of v (no sign, no leading zeros). */
static char *put_u64(char *p, uint64_t v)
{
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        *p++ = tmp[--n];
    return p;
}

static char *claim_opener(ct_synth *g, char *p)
{
    double u = ct_rng_uniform(g->rng);
    if (u < 0.55) { /* who + learned + where */
        p = PUT_PICK(g, p, c_subj);
        *p++ = ' ';
        p = PUT_PICK(g, p, c_verb);
        *p++ = ' ';
        p = PUT_PICK(g, p, c_source);
        if (ct_rng_uniform(g->rng) < CLAIM_ANCHOR_RATE)
            p = PUT_LIT(p, " a claim");
    } else if (u < 0.80) { /* who + found + a document + mentioning */
        p = PUT_PICK(g, p, c_subj);
        *p++ = ' ';
        p = PUT_PICK(g, p, c_found);
        *p++ = ' ';
        p = PUT_PICK(g, p, c_doc);
        *p++ = ' ';
        p = PUT_PICK(g, p, c_mention);
    } else { /* a medium + said */
        p = PUT_PICK(g, p, c_media);
        *p++ = ' ';
        p = PUT_PICK(g, p, c_said);
    }
    return PUT_LIT(p, " that ");
}

static char *opinion_opener(ct_synth *g, char *p)
{
    double u = ct_rng_uniform(g->rng);
    if (u < 0.45) { /* whose + view + is that */
        p = PUT_PICK(g, p, o_owner);
        *p++ = ' ';
        p = PUT_PICK(g, p, o_noun);
        return PUT_LIT(p, " is that ");
    }
    size_t s = pick(g, NW(o_subj));
    int person = o_subj_person[s];
    p = put(p, &o_subj[s]);
    *p++ = ' ';
    if (u < 0.80) { /* who + thinks */
        p = put(p, &o_verb[pick(g, NW(o_verb))][person == 1]);
    } else { /* who + is + sure */
        p = put(p, &o_be[person]);
        *p++ = ' ';
        p = PUT_PICK(g, p, o_adj);
    }
    return PUT_LIT(p, " that ");
}

static char *statement(ct_synth *g, char *p)
{
    /* seven plain templates; rarely (NICKNAME_RATE) one with a quoted name */
    size_t which = ct_rng_uniform(g->rng) < NICKNAME_RATE ? 7 : pick(g, 7);
    switch (which) {
    case 0: { /* an animal's ability with a number */
        const ability *a = &f_ability[pick(g, NW(f_ability))];
        const word *an = &f_animal[pick(g, NW(f_animal))];
        if (pick(g, 2))
            p = PUT_LIT(p, "the ");
        else if (strchr("aeiou", an->s[0]))
            p = PUT_LIT(p, "an ");
        else
            p = PUT_LIT(p, "a ");
        p = put(p, an);
        p = PUT_LIT(p, " can ");
        p = put(p, &a->verb);
        *p++ = ' ';
        p = put_u64(p, 2 + pick(g, a->max - 1));
        *p++ = ' ';
        p = put(p, &a->unit);
        break;
    }
    case 1: /* a share of a group with a habit */
        p = put_u64(p, 1 + pick(g, 99));
        p = PUT_LIT(p, "% of ");
        p = PUT_PICK(g, p, f_group);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_habit);
        break;
    case 2: /* a place with more of something than of something else */
        p = PUT_PICK(g, p, f_place);
        p = PUT_LIT(p, " has ");
        p = PUT_PICK(g, p, f_more);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_things);
        p = PUT_LIT(p, " than ");
        p = PUT_PICK(g, p, f_other);
        break;
    case 3: /* a superlative object somewhere */
        p = PUT_PICK(g, p, f_world);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_super);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_object);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_where);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_place);
        break;
    case 4: /* an invention's first year */
        p = PUT_PICK(g, p, f_invention);
        p = PUT_LIT(p, " was first ");
        p = PUT_PICK(g, p, f_made);
        p = PUT_LIT(p, " in ");
        p = put_u64(p, 1100 + pick(g, 911));
        if (pick(g, 2)) {
            p = PUT_LIT(p, " by ");
            p = PUT_PICK(g, p, f_maker);
        }
        break;
    case 5: { /* a measured quantity */
        const measure *m = &f_measure[pick(g, NW(f_measure))];
        p = PUT_PICK(g, p, f_avg);
        *p++ = ' ';
        p = put(p, &m->thing);
        *p++ = ' ';
        p = put(p, &m->verb);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_qual);
        *p++ = ' ';
        p = put_u64(p, 2 + pick(g, m->max - 1));
        *p++ = ' ';
        p = put(p, &m->unit);
        break;
    }
    case 6: /* what animals can or cannot do */
        p = PUT_PICK(g, p, f_animals);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_modal);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_action);
        break;
    default: /* a nickname, in double quotes */
        p = PUT_LIT(p, "people in ");
        p = PUT_PICK(g, p, f_place);
        p = PUT_LIT(p, " call the ");
        p = PUT_PICK(g, p, f_super);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_object);
        p = PUT_LIT(p, " \"");
        p = PUT_PICK(g, p, f_nick);
        *p++ = '"';
        break;
    }
    /* an optional second clause, then an optional ending: a time phrase, a
     * comma and a source, or a full stop */
    if (ct_rng_uniform(g->rng) < CLAUSE_RATE) {
        p = PUT_LIT(p, " and ");
        p = PUT_PICK(g, p, f_who);
        *p++ = ' ';
        p = PUT_PICK(g, p, f_react);
    }
    double u = ct_rng_uniform(g->rng);
    if (u < 0.30) {
        p = PUT_PICK(g, p, f_tail);
    } else if (u < 0.30 + SOURCE_TAIL_RATE) {
        p = PUT_LIT(p, ", according to ");
        p = PUT_PICK(g, p, f_source);
    } else if (u < 0.38 + SOURCE_TAIL_RATE) {
        *p++ = '.';
    }
    return p;
}

/* One CSV field of text: quoted (inner quotes doubled, RFC 4180) when it
 * holds a comma or a quote. */
static char *put_text_field(char *p, const char *t, size_t n)
{
    if (!memchr(t, ',', n) && !memchr(t, '"', n))
        return put_str(p, t, n);
    *p++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '"')
            *p++ = '"';
        *p++ = t[i];
    }
    *p++ = '"';
    return p;
}

static uint64_t round_count(double x) { return (uint64_t)(x + 0.5); /* x >= 0: round half up */ }

static char *put_engagement(ct_synth *g, char *p, const engagement *e)
{
    ct_rng *r = g->rng;
    uint64_t views = round_count(ct_rng_flat(r, e->view_lo, e->view_hi));
    uint64_t likes = round_count((double)views * ct_rng_flat(r, 0.0, e->like_max));
    uint64_t shares = round_count((double)likes * ct_rng_flat(r, 0.0, SHARE_MAX));
    uint64_t downloads = round_count((double)likes * ct_rng_flat(r, 0.0, DOWNLOAD_MAX));
    uint64_t comments = round_count((double)downloads * ct_rng_flat(r, 0.0, e->comment_max));
    p = put_u64(p, views);
    *p++ = ',';
    p = put_u64(p, likes);
    *p++ = ',';
    p = put_u64(p, shares);
    *p++ = ',';
    p = put_u64(p, downloads);
    *p++ = ',';
    p = put_u64(p, comments);
    return p;
}

size_t ct_synth_next(ct_synth *g, char *buf)
{
    ct_rng *r = g->rng;
    char *p = buf;
    g->row++;
    p = put_u64(p, g->row);
    *p++ = ',';
    int missing = ct_rng_uniform(r) < g->opt.missing_rate;
    int claim = ct_rng_uniform(r) < g->opt.claim_rate;
    int noisy = ct_rng_uniform(r) < g->opt.noise;
    if (!missing)
        p = claim ? PUT_LIT(p, "claim,") : PUT_LIT(p, "opinion,");
    else
        *p++ = ',';
    p = put_u64(p, ID_BASE + permute_id(g, (g->row - 1) % ID_SPAN));
    *p++ = ',';
    p = put_u64(p, DURATION_MIN + pick(g, DURATION_SPAN));
    *p++ = ',';
    int worded_claim = noisy ? !claim : claim;
    if (!missing) {
        char text[TEXT_MAX];
        char *t = worded_claim ? claim_opener(g, text) : opinion_opener(g, text);
        t = statement(g, t);
        assert((size_t)(t - text) < TEXT_MAX);
        p = put_text_field(p, text, (size_t)(t - text));
    }
    *p++ = ',';
    p = put(p, &vb_text[ct_rng_discrete_draw(r, g->vb[missing ? 2 : claim ? 0 : 1])]);
    *p++ = ',';
    if (missing)
        p = PUT_LIT(p, ",,,,");
    else
        p = put_engagement(g, p, worded_claim ? &eng_claim : &eng_opinion);
    *p++ = '\n';
    assert((size_t)(p - buf) <= CT_SYNTH_ROW_MAX);
    return (size_t)(p - buf);
}

/* ------------------------------------------------------------ whole output */

#define WRITE_BUF (1u << 20)

static ct_status flush_buf(FILE *out, const char *buf, size_t n, ct_diag *diag)
{
    if (n && fwrite(buf, 1, n, out) != n)
        return ct_diag_set(diag, CT_EIO, NULL, 0, 0, "write error: %s",
                           strerror(errno ? errno : EIO));
    return CT_OK;
}

ct_status ct_synth_write(FILE *out, uint64_t rows, const ct_synth_options *opt,
                         ct_progress_fn progress, void *user, ct_diag *diag)
{
    ct_synth *g = NULL;
    ct_status s = ct_synth_create(opt, &g, diag);
    if (s)
        return s;
    char *buf = ct_malloc(WRITE_BUF);
    if (!buf) {
        ct_synth_destroy(g);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    size_t len = sizeof synth_header - 1;
    memcpy(buf, synth_header, len);
    uint64_t every = g->opt.progress_every, next_report = every;
    errno = 0;
    for (uint64_t i = 0; i < rows && !s; i++) {
        if (WRITE_BUF - len < CT_SYNTH_ROW_MAX) {
            s = flush_buf(out, buf, len, diag);
            len = 0;
        }
        len += ct_synth_next(g, buf + len);
        if (progress && i + 1 == next_report) {
            next_report += every;
            if (progress(user, i + 1, rows))
                s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "stopped by the progress callback");
        }
    }
    if (!s)
        s = flush_buf(out, buf, len, diag);
    if (!s && (fflush(out) != 0 || ferror(out)))
        s = ct_diag_set(diag, CT_EIO, NULL, 0, 0, "write error: %s", strerror(errno ? errno : EIO));
    if (!s && progress && rows % every != 0)
        progress(user, rows, rows);
    ct_free(buf);
    ct_synth_destroy(g);
    return s;
}
