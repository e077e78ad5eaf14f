using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>
/// What one operation block says about its locals: the values assigned to each and every reference in source order.
/// Built once per block, only for blocks that hold a configuration.
/// </summary>
internal sealed class BlockScope
{
    private readonly Dictionary<ILocalSymbol, List<IOperation>> _assignedValues = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ILocalSymbol> _writtenOtherwise = new(SymbolEqualityComparer.Default);

    public BlockScope(ImmutableArray<IOperation> blocks)
    {
        foreach (var block in blocks)
        {
            foreach (var operation in block.DescendantsAndSelf())
            {
                Index(operation);
            }
        }
    }

    public static BlockScope Empty { get; } = new(ImmutableArray<IOperation>.Empty);

    /// <summary>The foreach loops of the block, for loops over registered clients.</summary>
    public List<IForEachLoopOperation> ForEachLoops { get; } = new();

    /// <summary>Every local reference in the block, in source order.</summary>
    public List<ILocalReferenceOperation> References { get; } = new();

    /// <summary>The value of a local assigned exactly once (declaration or one assignment), else null.</summary>
    public IOperation? SingleValue(ILocalSymbol local)
        => !_writtenOtherwise.Contains(local) && _assignedValues.TryGetValue(local, out var values) && values.Count == 1 ? values[0] : null;

    private void Index(IOperation operation)
    {
        switch (operation)
        {
            case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                Assigned(declarator.Symbol, initializer.Value);
                break;
            case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                Assigned(target.Local, assignment.Value);
                break;
            case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target }:
                _writtenOtherwise.Add(target.Local);
                break;
            case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation target }:
                _writtenOtherwise.Add(target.Local);
                break;
            case IArgumentOperation { Value: ILocalReferenceOperation target, Parameter: { RefKind: not RefKind.None and not RefKind.In } }:
                _writtenOtherwise.Add(target.Local);
                break;
            case ILocalReferenceOperation reference:
                References.Add(reference);
                break;
            case IForEachLoopOperation loop:
                ForEachLoops.Add(loop);
                break;
        }
    }

    private void Assigned(ILocalSymbol local, IOperation value)
    {
        if (!_assignedValues.TryGetValue(local, out var values))
        {
            values = new List<IOperation>(1);
            _assignedValues.Add(local, values);
        }

        values.Add(value);
    }
}
