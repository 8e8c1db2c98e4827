package io.zerogex.core.exposure;

import java.util.OptionalDouble;

/**
 * The call wall and put wall strikes under one {@link WallDefinition}; each is empty when no
 * strike qualifies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param definition how the walls were chosen
 * @param callWall the call wall strike
 * @param putWall the put wall strike
 */
public record Walls(WallDefinition definition, OptionalDouble callWall, OptionalDouble putWall) {
}
