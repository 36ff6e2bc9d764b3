package org.policydesk.knowledge.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Embeddings as they are stored: unit length, float32 little-endian. */
public final class Vectors {

    private Vectors() {}

    public static float[] normalized(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float[] unit = vector.clone();
        if (norm > 0) {
            float scale = (float) (1.0 / Math.sqrt(norm));
            for (int i = 0; i < unit.length; i++) {
                unit[i] *= scale;
            }
        }
        return unit;
    }

    static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static void readInto(byte[] bytes, float[] target, int offset, int dimensions) {
        if (bytes.length != dimensions * Float.BYTES) {
            throw new StoreException("a stored embedding has " + bytes.length / Float.BYTES
                    + " dimensions, the model has " + dimensions + "; rebuild the store");
        }
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(target, offset, dimensions);
    }
}
