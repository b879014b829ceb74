using System;
using CsCheck;

namespace NewsGen.Tests.PropertyBased;

/// <summary>
/// Runs a CsCheck property over a fixed, reproducible sequence of cases, so CI tries the same inputs on every run.
/// CsCheck's own <c>Sample</c> draws its cases from a clock-seeded generator; here case <c>i</c> comes from one
/// PCG stream started at a fixed seed. A failing case is handed to CsCheck, which reruns it first and then
/// shrinks it to the smallest failing input it can find and throws with that input and its seed.
/// </summary>
internal static class Property
{
    /// <summary>
    /// Checks <paramref name="assert"/> on <paramref name="cases"/> inputs from <paramref name="gen"/>, starting at
    /// <paramref name="seed"/>. Set the environment variable <c>CsCheck_Seed</c> to a seed a failure printed to
    /// run that exact input first.
    /// </summary>
    public static void ForAll<T>(Gen<T> gen, Action<T> assert, ulong seed, int cases, int shrinkCases, Func<T, string>? print = null)
    {
        if (Check.Seed is { } reproduce)
        {
            gen.Sample(assert, seed: reproduce, iter: 1, threads: 1, print: print);
        }

        var pcg = new PCG(Stream, seed);
        for (int i = 0; i < cases; i++)
        {
            ulong state = pcg.State;
            T input = gen.Generate(pcg, null, out _);
            try
            {
                assert(input);
            }
            catch (Exception failure)
            {
                string failingSeed = pcg.ToString(state);

                // Rerun the failing seed first, then shrink: CsCheck throws with the smallest failing input.
                gen.Sample(assert, seed: failingSeed, iter: shrinkCases, threads: 1, print: print);
                throw new InvalidOperationException(
                    "Case " + i + " failed (seed " + failingSeed + ") but did not fail again when rerun: the property is not deterministic.", failure);
            }
        }
    }

    // One stream for every property; the seeds differ per property.
    private const uint Stream = 8;
}
