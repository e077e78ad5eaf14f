using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace Fapi.Analyzers.Extraction;

/// <summary>Whether a write runs whenever its configuration is built, on some paths only, or only in development.</summary>
internal enum Reach
{
    Always,
    Conditional,
    /// <summary>Under <c>IsDevelopment()</c> or <c>#if DEBUG</c>: not deployed, so not judged.</summary>
    DevelopmentOnly,
}

/// <summary>
/// The options name an options class is read for (<c>Configure(string name, T options)</c>): a branch that tests the
/// name against a constant runs, or does not, for that name.
/// </summary>
internal sealed class NameGuard
{
    public NameGuard(IParameterSymbol parameter, string value)
    {
        Parameter = parameter;
        Value = value;
    }

    public IParameterSymbol Parameter { get; }
    public string Value { get; }

    /// <summary>True or false where <paramref name="condition"/> compares the name with a constant; null otherwise.</summary>
    public bool? Evaluate(IOperation condition)
    {
        switch (ValueResolver.Unwrap(condition))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                return Evaluate(not.Operand) is { } inner ? !inner : null;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                var constant = IsName(binary.LeftOperand) ? binary.RightOperand : IsName(binary.RightOperand) ? binary.LeftOperand : null;
                return constant?.ConstantValue is { HasValue: true, Value: string text } && Equal(text) is { } equal
                    ? equal == (binary.OperatorKind == BinaryOperatorKind.Equals)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// True when a statement before <paramref name="child"/> in <paramref name="block"/> returns for this name
    /// (<c>if (name != X) return;</c>), null when one may, false when none does.
    /// </summary>
    public bool? ReturnsBefore(IBlockOperation block, IOperation child)
    {
        var result = (bool?)false;
        foreach (var statement in block.Operations)
        {
            if (ReferenceEquals(statement, child))
            {
                break;
            }

            if (statement is IConditionalOperation { WhenFalse: null, WhenTrue: var branch } conditional
                && (branch is IReturnOperation || branch is IBlockOperation { Operations.Length: 1 } only && only.Operations[0] is IReturnOperation))
            {
                var returns = Evaluate(conditional.Condition);
                if (returns == true)
                {
                    return true;
                }

                result = returns is null ? null : result;
            }
        }

        return result;
    }

    /// <summary>True or false where a switch case tests the name; null where the switch is on something else.</summary>
    public bool? Evaluate(ISwitchCaseOperation section)
    {
        if (section.Parent is not ISwitchOperation { Value: var value } switchOperation || !IsName(value))
        {
            return null;
        }

        var matches = Matches(section);
        if (matches != false)
        {
            return matches;
        }

        // The default section runs when no other section names the value.
        foreach (var clause in section.Clauses)
        {
            if (clause is IDefaultCaseClauseOperation)
            {
                var others = (bool?)true;
                foreach (var other in switchOperation.Cases)
                {
                    if (!ReferenceEquals(other, section))
                    {
                        var match = Matches(other);
                        others = match == true ? false : match is null && others == true ? null : others;
                    }
                }

                return others;
            }
        }

        return false;
    }

    private bool? Matches(ISwitchCaseOperation section)
    {
        var result = (bool?)false;
        foreach (var clause in section.Clauses)
        {
            switch (clause)
            {
                case ISingleValueCaseClauseOperation { Value.ConstantValue: { HasValue: true, Value: string text } }:
                    var equal = Equal(text);
                    if (equal == true)
                    {
                        return true;
                    }

                    result = equal is null ? null : result;
                    break;
                case IDefaultCaseClauseOperation:
                    break;
                default:
                    result = null;
                    break;
            }
        }

        return result;
    }

    /// <summary>Whether the name is <paramref name="text"/>: null where only the name's beginning is known and it fits.</summary>
    private bool? Equal(string text)
        => !ConfigurationSite.IsUnknownName(Value) ? text == Value : ConfigurationSite.MayBe(Value, text) ? null : false;

    public bool IsName(IOperation operation)
        => ValueResolver.Unwrap(operation) is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, Parameter);
}

internal static class Reaches
{
    /// <summary>
    /// How <paramref name="operation"/> runs relative to <paramref name="anchor"/> (the configuration's creation, an options
    /// lambda's body, a helper's body): the constructs between them decide.
    /// </summary>
    /// <param name="guard">The options name an options class is read for: a branch for another name does not run
    /// (reported as <see cref="Reach.DevelopmentOnly"/>: not applied).</param>
    public static Reach Classify(IOperation operation, IOperation anchor, NameGuard? guard = null)
    {
        if (InDebugOnlyCode(operation.Syntax))
        {
            return Reach.DevelopmentOnly;
        }

        var reach = Reach.Always;
        var child = operation;
        for (var parent = operation.Parent; parent is not null && !IsAncestorOrSelf(child, anchor); child = parent, parent = parent.Parent)
        {
            var step = guard is null ? Step(parent, child) : Guarded(parent, child, guard) ?? Step(parent, child);
            if (guard is not null && parent is IBlockOperation block && guard.ReturnsBefore(block, child) is var returns && returns != false)
            {
                // if (name != Schemes.X) return; before the write: it runs for that scheme only.
                step = returns == true ? Reach.DevelopmentOnly : Reach.Conditional;
            }

            if (step == Reach.DevelopmentOnly)
            {
                return Reach.DevelopmentOnly;
            }

            if (step == Reach.Conditional)
            {
                reach = Reach.Conditional;
            }
        }

        return reach;
    }

    private static bool IsAncestorOrSelf(IOperation candidate, IOperation of)
    {
        for (var current = of; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reach of a branch that tests the options name, for the name the guard holds; null for other constructs.</summary>
    private static Reach? Guarded(IOperation parent, IOperation child, NameGuard guard)
    {
        var runs = parent switch
        {
            IConditionalOperation conditional when !ReferenceEquals(conditional.Condition, child)
                => guard.Evaluate(conditional.Condition) is { } result ? ReferenceEquals(conditional.WhenTrue, child) == result : (bool?)null,
            ISwitchCaseOperation section => guard.Evaluate(section),
            // The section decides whether its body runs; entering the switch itself is no condition.
            ISwitchOperation choice when guard.IsName(choice.Value) => true,
            _ => null,
        };
        return runs is null ? null : runs.Value ? Reach.Always : Reach.DevelopmentOnly;
    }

    /// <summary>The reach of <paramref name="child"/> inside <paramref name="parent"/>.</summary>
    private static Reach Step(IOperation parent, IOperation child)
    {
        switch (parent)
        {
            case IConditionalOperation conditional when !ReferenceEquals(conditional.Condition, child):
                var development = Development(conditional.Condition);
                if (development is null)
                {
                    return Reach.Conditional;
                }

                // if (IsDevelopment()) { dev } else { deployed }; a negated test swaps the branches.
                return ReferenceEquals(conditional.WhenTrue, child) == development.Value ? Reach.DevelopmentOnly : Reach.Always;
            case ISwitchOperation or ISwitchCaseOperation or ISwitchExpressionArmOperation or ILoopOperation or ICatchClauseOperation
                or IAnonymousFunctionOperation or ILocalFunctionOperation:
                return Reach.Conditional;
            case ISwitchExpressionOperation switchExpression when !ReferenceEquals(switchExpression.Value, child):
                return Reach.Conditional;
            case ITryOperation tryOperation when ReferenceEquals(tryOperation.Body, child):
                return Reach.Conditional;
            case ICoalesceOperation coalesce when ReferenceEquals(coalesce.WhenNull, child):
                return Reach.Conditional;
            case IConditionalAccessOperation access when ReferenceEquals(access.WhenNotNull, child):
                return Reach.Conditional;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } binary when ReferenceEquals(binary.RightOperand, child):
                return Reach.Conditional;
            default:
                return Reach.Always;
        }
    }

    /// <summary>True for <c>IsDevelopment()</c>, false for <c>!IsDevelopment()</c>, null for any other condition.</summary>
    private static bool? Development(IOperation condition)
    {
        var negated = false;
        var current = ValueResolver.Unwrap(condition);
        while (current is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            negated = !negated;
            current = ValueResolver.Unwrap(not.Operand);
        }

        if (current is IInvocationOperation { TargetMethod.Name: "IsDevelopment", TargetMethod.ContainingNamespace: { } ns }
            && ns.ToDisplayString() is "Microsoft.Extensions.Hosting" or "Microsoft.AspNetCore.Hosting")
        {
            return !negated;
        }

        return null;
    }

    /// <summary>True inside <c>#if DEBUG</c> (an active region whose condition is DEBUG alone).</summary>
    private static bool InDebugOnlyCode(SyntaxNode node)
    {
        if (node.SyntaxTree.GetRoot() is not Microsoft.CodeAnalysis.CSharp.CSharpSyntaxNode root || !root.ContainsDirectives)
        {
            return false;
        }

        // A stack of the enclosing #if conditions: true where the branch is DEBUG-only.
        var stack = new Stack<bool>();
        foreach (var directive in DirectivesBefore(root, node.SpanStart))
        {
            switch (directive.Kind())
            {
                case SyntaxKind.IfDirectiveTrivia:
                    stack.Push(IsDebug(((Microsoft.CodeAnalysis.CSharp.Syntax.IfDirectiveTriviaSyntax)directive).Condition));
                    break;
                case SyntaxKind.ElifDirectiveTrivia or SyntaxKind.ElseDirectiveTrivia when stack.Count > 0:
                    stack.Pop();
                    stack.Push(false);
                    break;
                case SyntaxKind.EndIfDirectiveTrivia when stack.Count > 0:
                    stack.Pop();
                    break;
            }
        }

        foreach (var debugOnly in stack)
        {
            if (debugOnly)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Microsoft.CodeAnalysis.CSharp.Syntax.DirectiveTriviaSyntax> DirectivesBefore(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxNode root, int position)
    {
        for (var directive = root.GetFirstDirective(); directive is not null && directive.SpanStart < position; directive = directive.GetNextDirective())
        {
            yield return directive;
        }
    }

    private static bool IsDebug(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax condition)
        => condition is Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: "DEBUG" };
}
