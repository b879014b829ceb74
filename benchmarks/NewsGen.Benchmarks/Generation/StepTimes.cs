using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NewsGen.Benchmarks.Generation;

/// <summary>
/// Prints, for the last run of a driver that tracks its steps, the time each named step took in total and how many
/// of its outputs were new, modified, unchanged or cached: which step an edit pays for.
/// </summary>
internal static class StepTimes
{
    public static void Print(GeneratorDriverRunResult result)
    {
        GeneratorRunResult run = result.Results[0];
        Console.WriteLine("| step (last edit) | runs | total ms | outputs new / modified / unchanged / cached / removed |");
        Console.WriteLine("|---|---:|---:|---|");
        var steps = run.TrackedSteps.Concat(run.TrackedOutputSteps)
            .Select(step => (
                Name: step.Key,
                Runs: step.Value.Length,
                Ms: step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds),
                Reasons: step.Value.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).ToDictionary(g => g.Key, g => g.Count())))
            .OrderByDescending(step => step.Ms);
        foreach (var step in steps)
        {
            int Count(IncrementalStepRunReason reason) => step.Reasons.TryGetValue(reason, out int n) ? n : 0;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {step.Name} | {step.Runs} | {step.Ms:0.0} | {Count(IncrementalStepRunReason.New)} / {Count(IncrementalStepRunReason.Modified)} / {Count(IncrementalStepRunReason.Unchanged)} / {Count(IncrementalStepRunReason.Cached)} / {Count(IncrementalStepRunReason.Removed)} |"));
        }

        Console.WriteLine();
    }
}
