# shuffle_labels.sh — sourced by the chance-level cases: shuffle FILE prints
# the synth CSV FILE with its labels (column 2) permuted deterministically:
# row i takes row (7919 i mod n) + 1's label (7919 is prime, so a
# permutation), leaving the labels no signal. One copy for
# train_chance_level_said, evaluate_chance_level_said and
# report_chance_model_no_order.
shuffle() {
    awk -F, 'NR==1{print;next}{l[NR-1]=$2; r[NR-1]=$0; n=NR-1}
        END{for(i=1;i<=n;i++){split(r[i],f,","); j=(i*7919)%n+1;
            print f[1] "," l[j] substr(r[i], length(f[1])+length(f[2])+2)}}' "$1"
}
